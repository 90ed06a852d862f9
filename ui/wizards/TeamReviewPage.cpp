#include "wizards/TeamReviewPage.h"

#include "wizards/TeamWizard.h"

#include <QLabel>
#include <QMap>
#include <QVBoxLayout>

namespace {
QString escapedLines(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &line : lines)
        escaped << line.toHtmlEscaped();
    return escaped.join(QStringLiteral("<br>• "));
}
}

TeamReviewPage::TeamReviewPage(TeamWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
{
    setTitle(tr("Review"));
    setSubTitle(tr("Finish stores the decree and the team. You may finish with something still missing and complete it later."));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 1);
}

void TeamReviewPage::initializePage()
{
    const TeamDraft &draft = m_wizard->draft();
    QMap<int, int> perRole;
    for (const DraftMember &member : draft.members)
        ++perRole[int(member.role)];
    const QString decree = draft.decree.number.isEmpty() ? tr("Decree number not set yet") : tr("Decree %1").arg(draft.decree.number);
    QString html = QStringLiteral("<p><b>%1</b> · %2</p><ul>")
                       .arg(decree.toHtmlEscaped(), tr("%n member(s)", nullptr, int(draft.members.size())).toHtmlEscaped());
    for (TeamRole role : enumValues<TeamRole>())
        html += QStringLiteral("<li>%1: %2</li>").arg(enumName(role).toHtmlEscaped()).arg(perRole.value(int(role)));
    html += QStringLiteral("</ul>");
    const QStringList missing = draft.missing();
    const QStringList warnings = draft.warnings();
    if (missing.isEmpty())
        html += QStringLiteral("<p style='color:#1e6b34'>&#10004; %1</p>").arg(tr("The team is complete: this stage will count as done.").toHtmlEscaped());
    else
        html += QStringLiteral("<p style='color:#b01e1e'><b>%1</b><br>• %2</p>")
                    .arg(tr("Still missing before the stage counts as done:").toHtmlEscaped(), escapedLines(missing));
    if (!warnings.isEmpty())
        html += QStringLiteral("<p style='color:#8a5a00'><b>%1</b><br>• %2</p>")
                    .arg(tr("Worth checking:").toHtmlEscaped(), escapedLines(warnings));
    m_summary->setText(html);
}
