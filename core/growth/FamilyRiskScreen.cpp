#include "growth/FamilyRiskScreen.h"

#include <QStringList>

bool FamilyRiskScreen::isProperWater(const QString &code)
{
    static const QStringList proper = {QStringLiteral("bottled"), QStringLiteral("refill"), QStringLiteral("piped"),
                                       QStringLiteral("bore_well"), QStringLiteral("protected_well")};
    return proper.contains(code);
}

QString FamilyRiskScreen::answerName(const QString &code)
{
    static const QMap<QString, const char *> names = {
        {QStringLiteral("bottled"), QT_TRANSLATE_NOOP("FamilyRiskScreen", "Bottled water")},
        {QStringLiteral("refill"), QT_TRANSLATE_NOOP("FamilyRiskScreen", "Refill water")},
        {QStringLiteral("piped"), QT_TRANSLATE_NOOP("FamilyRiskScreen", "Piped water")},
        {QStringLiteral("bore_well"), QT_TRANSLATE_NOOP("FamilyRiskScreen", "Bore well")},
        {QStringLiteral("protected_well"), QT_TRANSLATE_NOOP("FamilyRiskScreen", "Protected well")},
        {QStringLiteral("unprotected_well"), QT_TRANSLATE_NOOP("FamilyRiskScreen", "Unprotected well")},
        {QStringLiteral("river"), QT_TRANSLATE_NOOP("FamilyRiskScreen", "River or lake")},
        {QStringLiteral("spring"), QT_TRANSLATE_NOOP("FamilyRiskScreen", "Unprotected spring")},
        {QStringLiteral("rain"), QT_TRANSLATE_NOOP("FamilyRiskScreen", "Rain water")},
        {QStringLiteral("septic_tank"), QT_TRANSLATE_NOOP("FamilyRiskScreen", "With a septic tank")},
        {QStringLiteral("no_septic_tank"), QT_TRANSLATE_NOOP("FamilyRiskScreen", "Without a septic tank")},
        {QStringLiteral("shared"), QT_TRANSLATE_NOOP("FamilyRiskScreen", "Shared or public latrine")},
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("FamilyRiskScreen", "None (open defecation)")},
    };
    const char *name = names.value(code);
    return name ? tr(name) : code;
}

QList<RiskFinding> FamilyRiskScreen::screen(const QMap<QString, QString> &answers)
{
    QList<RiskFinding> found;
    const QString water = answers.value(QStringLiteral("water_source")).trimmed().toLower();
    if (!water.isEmpty() && !isProperWater(water))
        found.append({QStringLiteral("water"), tr("No proper drinking-water source"), answerName(water)});
    const QString latrine = answers.value(QStringLiteral("latrine")).trimmed().toLower();
    if (!latrine.isEmpty() && !isProperLatrine(latrine))
        found.append({QStringLiteral("latrine"), tr("No proper latrine (with a septic tank)"), answerName(latrine)});
    return found;
}
