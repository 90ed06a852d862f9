#include "documents/ReportCover.h"

#include "documents/ContentsPage.h"
#include "documents/CycleText.h"
#include "documents/DocumentComposer.h"
#include "documents/LogoDrawing.h"
#include "domain/WorkspaceSettings.h"

namespace {
// A centred line in a larger type than the composer's titles: the cover only.
void coverLine(DocumentComposer &composer, const QString &text, qreal pointSize, qreal spaceAfterMm)
{
    if (text.trimmed().isEmpty())
        return;
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    block.setBottomMargin(spaceAfterMm * 96.0 / 25.4);
    QTextCharFormat character;
    character.setFontPointSize(pointSize);
    character.setFontWeight(QFont::Bold);
    composer.cursor().insertBlock(block);
    composer.cursor().insertText(text.trimmed(), character);
}
}

QString ReportCover::reportTitle(const WorkspaceSettings &settings, const Cycle &cycle)
{
    return tr("Report of the Audit Kasus Stunting (AKS) of %1, %2").arg(settings.regency, CycleText::name(cycle));
}

void ReportCover::cover(DocumentComposer &composer, const WorkspaceSettings &settings, const Cycle &cycle)
{
    composer.spacing(28);
    coverLine(composer, tr("Report").toUpper(), 20, 3);
    coverLine(composer, tr("Audit Kasus Stunting (AKS)").toUpper(), 20, 3);
    coverLine(composer, settings.regency.toUpper(), 16, 3);
    coverLine(composer, CycleText::name(cycle), 14, 2);
    composer.spacing(22);
    if (!settings.logo.isEmpty())
        composer.drawing(std::make_shared<LogoDrawing>(settings.logo), {55, 55});
    else
        composer.spacing(58);
    composer.spacing(45);
    coverLine(composer, tr("Stunting Case Audit Team (Tim AKS)"), 13, 1.5);
    coverLine(composer, settings.officeName.toUpper(), 13, 1.5);
    coverLine(composer, settings.governmentName.toUpper(), 13, 1.5);
    coverLine(composer, QString::number(cycle.periodEnd.isValid() ? cycle.periodEnd.year() : cycle.year), 13, 0);
}

void ReportCover::approval(DocumentComposer &composer, const WorkspaceSettings &settings, const Cycle &cycle,
                           const QList<QPair<QString, QString>> &facts, const QList<SignatureBlock> &signers, ContentsPage &contents,
                           int entry)
{
    composer.pageBreak();
    composer.letterhead(settings);
    composer.title(tr("Approval page (Lembar pengesahan)"));
    contents.markStart(entry);
    composer.fields(QList<QPair<QString, QString>>{{tr("Report"), reportTitle(settings, cycle)}} + facts);
    composer.paragraph(tr("This report has been examined by the Stunting Case Audit Team and is approved as the account of the audit of %1.")
                           .arg(CycleText::name(cycle)));
    composer.spacing(6);
    composer.signatures(signers);
}
