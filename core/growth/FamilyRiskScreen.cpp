#include "growth/FamilyRiskScreen.h"

#include <QStringList>

QList<RiskFinding> FamilyRiskScreen::screen(const QMap<QString, QString> &answers)
{
    QList<RiskFinding> found;
    static const QStringList properWater = {QStringLiteral("bottled"), QStringLiteral("refill"), QStringLiteral("piped"),
                                            QStringLiteral("bore_well"), QStringLiteral("protected_well")};
    const QString water = answers.value(QStringLiteral("water_source")).trimmed().toLower();
    if (!water.isEmpty() && !properWater.contains(water))
        found.append({QStringLiteral("water"), tr("No proper drinking-water source"), water});
    const QString latrine = answers.value(QStringLiteral("latrine")).trimmed().toLower();
    if (!latrine.isEmpty() && latrine != QLatin1String("septic_tank"))
        found.append({QStringLiteral("latrine"), tr("No proper latrine (with a septic tank)"), latrine});
    return found;
}
