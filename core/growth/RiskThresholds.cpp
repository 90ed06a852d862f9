#include "growth/RiskThresholds.h"

namespace {
template <typename T>
void read(const QMap<QString, QString> &values, const char *key, T &target)
{
    const QString text = values.value(QStringLiteral("risk.") + QLatin1String(key)).trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (ok && value > 0)
        target = T(value);
}
}

QMap<QString, QString> RiskThresholds::toMap() const
{
    return {{QStringLiteral("risk.muacCm"), QString::number(muacCm)},
            {QStringLiteral("risk.hbPregnant"), QString::number(hbPregnant)},
            {QStringLiteral("risk.hbNotPregnant"), QString::number(hbNotPregnant)},
            {QStringLiteral("risk.bmiUnderweight"), QString::number(bmiUnderweight)},
            {QStringLiteral("risk.tooYoungYears"), QString::number(tooYoungYears)},
            {QStringLiteral("risk.tooOldYears"), QString::number(tooOldYears)},
            {QStringLiteral("risk.spacingMonths"), QString::number(spacingMonths)},
            {QStringLiteral("risk.tooManyChildren"), QString::number(tooManyChildren)},
            {QStringLiteral("risk.shortStatureCm"), QString::number(shortStatureCm)},
            {QStringLiteral("risk.antenatalVisits"), QString::number(antenatalVisits)},
            {QStringLiteral("risk.ironTablets"), QString::number(ironTablets)}};
}

RiskThresholds RiskThresholds::fromMap(const QMap<QString, QString> &values)
{
    RiskThresholds t;
    read(values, "muacCm", t.muacCm);
    read(values, "hbPregnant", t.hbPregnant);
    read(values, "hbNotPregnant", t.hbNotPregnant);
    read(values, "bmiUnderweight", t.bmiUnderweight);
    read(values, "tooYoungYears", t.tooYoungYears);
    read(values, "tooOldYears", t.tooOldYears);
    read(values, "spacingMonths", t.spacingMonths);
    read(values, "tooManyChildren", t.tooManyChildren);
    read(values, "shortStatureCm", t.shortStatureCm);
    read(values, "antenatalVisits", t.antenatalVisits);
    read(values, "ironTablets", t.ironTablets);
    return t;
}
