#include "wizards/CycleSummaryPage.h"

#include "audit/CycleSummary.h"
#include "domain/DateText.h"
#include "wizards/EvaluationWizard.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
QString shareTable(const QString &heading, const QString &firstColumn, const QList<CycleSummary::DoneShare> &shares)
{
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='3' border='1' style='border-color:#bbb'>"
                                  "<tr><th align='left'>%2</th><th align='right'>%3</th><th align='right'>%4</th><th align='right'>%5</th></tr>")
                       .arg(heading.toHtmlEscaped(), firstColumn.toHtmlEscaped(), CycleSummaryPage::tr("Done").toHtmlEscaped(),
                            CycleSummaryPage::tr("Items").toHtmlEscaped(), CycleSummaryPage::tr("Share done").toHtmlEscaped());
    for (const CycleSummary::DoneShare &share : shares) {
        const QString percent = share.total > 0 ? QLocale().toString(100.0 * share.done / share.total, 'f', 0) + QStringLiteral(" %") : QStringLiteral("–");
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td></tr>")
                    .arg(share.label.toHtmlEscaped())
                    .arg(share.done)
                    .arg(share.total)
                    .arg(percent);
    }
    return html + QStringLiteral("</table>");
}
}

CycleSummaryPage::CycleSummaryPage(EvaluationWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
{
    setTitle(tr("Cycle summary"));
    setSubTitle(tr("What the cycle achieved and which Sipasti stage can be reported, from the stored data. Nothing here is edited; "
                   "the pages before are already saved."));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
}

void CycleSummaryPage::initializePage()
{
    auto summary = CycleSummary::of(m_wizard->workspace(), m_wizard->cycleId());
    if (!summary) {
        m_summary->setText(summary.error().toHtmlEscaped());
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><ol>").arg(tr("Sipasti stages").toHtmlEscaped());
    for (const CycleSummary::SipastiStage &stage : summary->stages) {
        QString state;
        if (stage.reached)
            state = QStringLiteral("<span style='color:#1e6b30'>%1</span>")
                        .arg((stage.reachedOn.isValid() ? tr("reached on %1").arg(DateText::date(stage.reachedOn))
                                                        : tr("reached"))
                                 .toHtmlEscaped());
        else
            state = QStringLiteral("<span style='color:#8a5a00'>%1 %2</span>")
                        .arg(tr("not yet:").toHtmlEscaped(), stage.missing.join(QStringLiteral("; ")).toHtmlEscaped());
        html += QStringLiteral("<li><b>%1</b> — %2</li>").arg(stage.name.toHtmlEscaped(), state);
    }
    html += QStringLiteral("</ol>");
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(tr("Cases").toHtmlEscaped(),
                     tr("Improved: %1 · unchanged: %2 · worse: %3 · moved away, died or lost to follow-up: %4 · not yet confirmed: %5")
                         .arg(summary->improved)
                         .arg(summary->unchanged)
                         .arg(summary->worse)
                         .arg(summary->other)
                         .arg(summary->unconfirmed)
                         .toHtmlEscaped());
    html += shareTable(tr("RTL items done, by agency"), tr("Agency"), summary->byAgency);
    html += shareTable(tr("RTL items done, by timing"), tr("Timing"), summary->byTiming);
    html += QStringLiteral("<p style='color:#555'>%1</p>").arg(tr("Only items with the status \"done\" count as done; partly done items do not.").toHtmlEscaped());
    m_summary->setText(html);
}
