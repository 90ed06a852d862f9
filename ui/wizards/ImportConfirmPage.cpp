#include "wizards/ImportConfirmPage.h"

#include "wizards/ImportWizard.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

ImportConfirmPage::ImportConfirmPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_remember(new QCheckBox(this))
{
    setTitle(tr("Ready to import"));
    setSubTitle(tr("Finish stores all of this at once. If anything goes wrong, or you cancel, nothing is stored."));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    connect(m_remember, &QCheckBox::toggled, wizard, &ImportWizard::setRememberMapping);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addWidget(m_remember);
    layout->addStretch(1);
}

void ImportConfirmPage::initializePage()
{
    const ImportPlan &plan = m_wizard->plan();
    int newSubjects = 0, measurements = 0, updated = 0, joined = 0, skipped = 0;
    for (const ImportRow &row : plan.rows) {
        if (row.isRejected()) {
            ++skipped;
            continue;
        }
        if (row.measurement)
            ++measurements;
        if (!row.isDuplicate() || row.choice == DuplicateChoice::KeepBoth)
            ++newSubjects;
        else if (!row.fieldsTakenFromFile().isEmpty())
            ++updated;
        else
            ++joined;
    }
    const QLocale locale;
    QStringList lines;
    lines << tr("From <b>%1</b>, as %2 from %3:")
                 .arg(QFileInfo(m_wizard->path()).fileName().toHtmlEscaped(), enumName(plan.group), enumName(plan.source));
    lines << tr("• %1 new subjects").arg(locale.toString(newSubjects));
    lines << tr("• %1 measurements, with their z-scores").arg(locale.toString(measurements));
    if (updated)
        lines << tr("• %1 subjects already stored get values from the file").arg(locale.toString(updated));
    if (joined)
        lines << tr("• %1 lines add only a measurement to a subject already stored").arg(locale.toString(joined));
    if (skipped)
        lines << tr("• %1 lines with problems are left out").arg(locale.toString(skipped));
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    m_remember->setText(tr("Remember these columns for the next file from %1").arg(enumName(plan.source)));
    m_remember->setChecked(m_wizard->rememberMapping());
}
