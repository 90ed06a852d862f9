#include "wizards/FinishAndPrint.h"

#include "DocumentDialog.h"

#include <QAbstractButton>
#include <QPointer>
#include <QTimer>
#include <QWizard>

void FinishAndPrint::install(QWizard *wizard, Workspace &workspace, qint64 cycleId, std::function<DocumentRequest()> request)
{
    wizard->setOption(QWizard::HaveCustomButton1);
    wizard->setButtonText(QWizard::CustomButton1, tr("Finish and p&rint…"));
    const auto showOnLastPage = [wizard] { wizard->button(QWizard::CustomButton1)->setVisible(wizard->nextId() == -1); };
    QObject::connect(wizard, &QWizard::currentIdChanged, wizard, showOnLastPage);
    showOnLastPage();
    QObject::connect(wizard, &QWizard::customButtonClicked, wizard, [wizard, &workspace, cycleId, request](int which) {
        if (which != QWizard::CustomButton1 || !wizard->validateCurrentPage())
            return;
        const DocumentRequest preset = request();
        wizard->accept();
        if (wizard->result() != QDialog::Accepted)
            return;  // storing failed; the wizard said why and stays open
        // Once the wizard's own window has closed and its caller has reloaded the view.
        QPointer<QWidget> parent = wizard->parentWidget();
        QTimer::singleShot(0, parent, [parent, &workspace, cycleId, preset] {
            if (parent)
                DocumentDialog::open(workspace, cycleId, preset, parent);
        });
    });
}
