#include "documents/SipastiStageSection.h"

#include "documents/DocumentComposer.h"
#include "domain/DateText.h"

void SipastiStageSection::write(DocumentComposer &composer, const CycleSummary &summary)
{
    DocumentTable table({tr("Stage"), tr("Sipasti stage"), tr("Reached"), tr("Reached on or still lacking")}, {9, 36, 13, 42});
    table.alignCentre(0).alignCentre(2);
    for (const CycleSummary::SipastiStage &stage : summary.stages) {
        QString state;
        if (stage.reached)
            state = stage.reachedOn.isValid() ? DateText::date(stage.reachedOn) : QStringLiteral("–");
        else
            state = stage.missing.join(QLatin1Char('\n'));
        table.addRow({QString::number(stage.number), stage.name, stage.reached ? tr("Yes") : tr("Not yet"), state});
    }
    table.setFontPointSize(9.5);
    composer.table(table);
}
