#include "wizards/SelectionReviewPage.h"

#include "models/CandidateTableModel.h"
#include "wizards/SelectionWizard.h"

#include <QLabel>
#include <QVBoxLayout>

SelectionReviewPage::SelectionReviewPage(SelectionWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
{
    setTitle(tr("Review"));
    setSubTitle(tr("Finish stores the new cases; each gets its audit number and a case code that documents use instead of the name."));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 1);
}

void SelectionReviewPage::initializePage()
{
    QStringList chosen;
    QStringList withoutReason;
    for (const Candidate &candidate : m_wizard->model()->rows()) {
        if (!candidate.selected || candidate.alreadyCase)
            continue;
        const QString line = QStringLiteral("%1 (%2, %3)").arg(candidate.subject.name, enumCode(candidate.subject.group), candidate.subject.desa);
        chosen << line.toHtmlEscaped();
        if (candidate.reasons.isEmpty())
            withoutReason << line.toHtmlEscaped();
    }
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(tr("%n new case(s)", nullptr, int(chosen.size())).toHtmlEscaped());
    if (!chosen.isEmpty())
        html += QStringLiteral("<ul><li>%1</li></ul>").arg(chosen.join(QStringLiteral("</li><li>")));
    const QStringList shortGroups = m_wizard->selection().shortGroups(m_wizard->cycleId(), m_wizard->model()->rows());
    if (!shortGroups.isEmpty())
        html += QStringLiteral("<p style='color:#8a5a00'><b>%1</b><br>%2</p>")
                    .arg(tr("Groups still short of the minimum (you may finish and add cases later):").toHtmlEscaped(),
                         shortGroups.join(QStringLiteral("<br>")).toHtmlEscaped());
    if (!withoutReason.isEmpty())
        html += QStringLiteral("<p style='color:#b01e1e'><b>%1</b><br>%2</p>")
                    .arg(tr("Go back and give a reason for:").toHtmlEscaped(), withoutReason.join(QStringLiteral("<br>")));
    m_summary->setText(html);
    m_complete = withoutReason.isEmpty();
    Q_EMIT completeChanged();
}

bool SelectionReviewPage::isComplete() const
{
    return m_complete;
}
