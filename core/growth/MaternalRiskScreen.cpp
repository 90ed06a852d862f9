#include "growth/MaternalRiskScreen.h"

#include <QLocale>

namespace {
QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

std::optional<double> answerNumber(const QMap<QString, QString> &answers, const char *factor)
{
    bool ok = false;
    const double value = answers.value(QLatin1String(factor)).trimmed().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}
}

QString MaternalRiskScreen::bmiBand(double bmi)
{
    if (bmi < 17)
        return tr("severely underweight");
    if (bmi < 18.5)
        return tr("mildly underweight");
    if (bmi <= 25)
        return tr("normal");
    if (bmi <= 27)
        return tr("mildly overweight");
    return tr("severely overweight");
}

QList<RiskFinding> MaternalRiskScreen::screen(TargetGroup group, int ageYears, const Measurement &m, const QMap<QString, QString> &answers,
                                              const RiskThresholds &t)
{
    QList<RiskFinding> found;
    if (m.muacCm && *m.muacCm < t.muacCm)
        found.append({QStringLiteral("kek"), tr("Chronic energy deficiency (KEK): LiLA below %1 cm").arg(number(t.muacCm)),
                      tr("LiLA %1 cm").arg(number(*m.muacCm))});
    const bool pregnant = group == TargetGroup::Bumil;
    const double hbLimit = pregnant ? t.hbPregnant : t.hbNotPregnant;
    if (m.hbGdl && *m.hbGdl < hbLimit)
        found.append({QStringLiteral("anaemia"),
                      (pregnant ? tr("Anaemia in pregnancy: Hb below %1 g/dL") : tr("Anaemia: Hb below %1 g/dL")).arg(number(hbLimit)),
                      tr("Hb %1 g/dL").arg(number(*m.hbGdl))});
    // BMI is not a measure of nutrition during pregnancy.
    if (!pregnant && m.weightKg && m.lengthHeightCm && *m.lengthHeightCm > 0) {
        const double q = *m.lengthHeightCm / 100.0;
        const double bmi = *m.weightKg / (q * q);
        if (bmi < t.bmiUnderweight)
            found.append({QStringLiteral("underweight"), tr("Underweight: BMI below %1").arg(number(t.bmiUnderweight)),
                          tr("BMI %1 (%2)").arg(number(bmi), bmiBand(bmi))});
    }
    if (m.lengthHeightCm && *m.lengthHeightCm < t.shortStatureCm)
        found.append({QStringLiteral("short_stature"), tr("Short stature: height below %1 cm").arg(number(t.shortStatureCm, 0)),
                      tr("Height %1 cm").arg(number(*m.lengthHeightCm))});
    if (ageYears >= 0 && ageYears < t.tooYoungYears)
        found.append({QStringLiteral("too_young"), tr("Too young (4 Terlalu): under %1 years").arg(t.tooYoungYears), tr("%1 years old").arg(ageYears)});
    if (ageYears > t.tooOldYears)
        found.append({QStringLiteral("too_old"), tr("Too old (4 Terlalu): over %1 years").arg(t.tooOldYears), tr("%1 years old").arg(ageYears)});
    if (auto spacing = answerNumber(answers, "birth_spacing_months"); spacing && *spacing < t.spacingMonths)
        found.append({QStringLiteral("too_close"), tr("Births too close (4 Terlalu): spacing under %1 months").arg(t.spacingMonths),
                      tr("%1 months").arg(number(*spacing, 0))});
    if (auto children = answerNumber(answers, "children_count"); children && *children > t.tooManyChildren)
        found.append({QStringLiteral("too_many"), tr("Too many children (4 Terlalu): more than %1").arg(t.tooManyChildren),
                      tr("%1 children").arg(number(*children, 0))});
    if (answers.value(QStringLiteral("smoking_exposure")).trimmed().toLower() == QLatin1String("yes"))
        found.append({QStringLiteral("smoke"), tr("Exposed to cigarette smoke"), tr("yes")});
    if (pregnant) {
        if (auto visits = answerNumber(answers, "antenatal_visits"); visits && *visits < t.antenatalVisits)
            found.append({QStringLiteral("antenatal"), tr("Fewer than %1 antenatal visits").arg(t.antenatalVisits), tr("%1 visits").arg(number(*visits, 0))});
        if (auto tablets = answerNumber(answers, "iron_tablets"); tablets && *tablets < t.ironTablets)
            found.append({QStringLiteral("iron"), tr("Fewer than %1 iron-folic tablets").arg(t.ironTablets), tr("%1 tablets").arg(number(*tablets, 0))});
    }
    return found;
}
