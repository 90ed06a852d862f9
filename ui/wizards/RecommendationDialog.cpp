#include "wizards/RecommendationDialog.h"

#include "EnumComboBox.h"
#include "MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>

RecommendationDialog::RecommendationDialog(const Recommendation &recommendation, QWidget *parent)
    : QDialog(parent)
    , m_recommendation(recommendation)
    , m_kind(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(recommendation.isStored() ? tr("Edit recommendation") : tr("New recommendation"));
    addEnumItems<RecommendationKind>(m_kind);
    m_kind->setCurrentIndex(m_kind->findData(int(recommendation.kind)));
    m_text->setPlainText(recommendation.text);
    m_text->setPlaceholderText(tr("What should be done, by whom, and how often"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Recommendation:"), m_text);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecommendationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecommendationDialog::reject);
    resize(560, 260);
}

void RecommendationDialog::accept()
{
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty()) {
        MessageBox::warning(this, windowTitle(), tr("Enter the recommendation's text."));
        return;
    }
    m_recommendation.kind = RecommendationKind(m_kind->currentData().toInt());
    m_recommendation.text = text;
    QDialog::accept();
}
