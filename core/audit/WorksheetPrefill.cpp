#include "audit/WorksheetPrefill.h"

#include "audit/AgeText.h"
#include "growth/ChildZScores.h"
#include "growth/FamilyRiskScreen.h"
#include "growth/MaternalRiskScreen.h"
#include "growth/MeasurementAssessor.h"
#include "growth/NutritionalStatus.h"
#include "storage/SettingsRepository.h"
#include "storage/SubjectRepository.h"

#include <QLocale>
#include <QStringList>
#include <cmath>

namespace {
QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

void childAnswers(const Subject &subject, const std::optional<Measurement> &measurement, QMap<QString, QString> &answers)
{
    if (subject.birthWeightG)
        answers.insert(QStringLiteral("berat_lahir"), QLocale().toString(*subject.birthWeightG));
    if (subject.birthLengthCm)
        answers.insert(QStringLiteral("panjang_lahir"), number(*subject.birthLengthCm));
    if (!measurement)
        return;
    if (subject.birthDate.isValid() && measurement->measuredOn.isValid())
        answers.insert(QStringLiteral("umur"), QString::number(AgeText::completedMonths(subject.birthDate, measurement->measuredOn)));
    const auto input = MeasurementAssessor::childInput(subject, *measurement);
    if (!input)
        return;
    const ChildResult result = ChildZScores::compute(*input);
    const struct {
        ChildIndex index;
        const char *code;
    } shown[] = {{ChildIndex::LengthForAge, "pb_u"}, {ChildIndex::WeightForAge, "bb_u"}, {ChildIndex::WeightForLength, "bb_pb"}};
    for (const auto &item : shown) {
        const IndexResult &r = result[item.index];
        if (std::isnan(r.z))
            continue;
        const NutritionalCategory category = NutritionalStatus::categorise(item.index, r.z, r.flag == 1);
        answers.insert(QLatin1String(item.code), WorksheetPrefill::tr("z = %1 (%2)").arg(number(r.z, 2), NutritionalStatus::name(category)));
    }
}

void motherAnswers(const Subject &subject, const std::optional<Measurement> &measurement, const RiskAnswerValues &riskAnswers,
                   const RiskThresholds &thresholds, QMap<QString, QString> &answers)
{
    const QDate on = measurement && measurement->measuredOn.isValid() ? measurement->measuredOn : QDate::currentDate();
    const int age = subject.birthDate.isValid() && subject.birthDate <= on ? int(subject.birthDate.daysTo(on) / 365.25) : -1;
    if (age >= 0)
        answers.insert(QStringLiteral("umur"), QString::number(age));
    const QList<RiskFinding> findings = MaternalRiskScreen::screen(subject.group, age, measurement.value_or(Measurement{}), riskAnswers, thresholds);
    auto found = [&findings](const char *rule) {
        for (const RiskFinding &finding : findings) {
            if (finding.rule == QLatin1String(rule))
                return finding.description;
        }
        return QString();
    };
    auto withFinding = [](const QString &value, const QString &finding) {
        return finding.isEmpty() ? value : WorksheetPrefill::tr("%1 (%2)").arg(value, finding);
    };
    if (measurement) {
        const Measurement &m = *measurement;
        if (m.muacCm)
            answers.insert(QStringLiteral("lila"), withFinding(number(*m.muacCm), found("kek")));
        if (m.hbGdl)
            answers.insert(QStringLiteral("hb"), withFinding(number(*m.hbGdl), found("anaemia")));
        if (m.lengthHeightCm)
            answers.insert(QStringLiteral("tb"), withFinding(number(*m.lengthHeightCm), found("short_stature")));
        if (m.weightKg && m.lengthHeightCm && *m.lengthHeightCm > 0) {
            const double metres = *m.lengthHeightCm / 100.0;
            const double bmi = *m.weightKg / (metres * metres);
            answers.insert(QStringLiteral("imt"), WorksheetPrefill::tr("%1 (%2)").arg(number(bmi), MaternalRiskScreen::bmiBand(bmi)));
        }
        if (m.gestationalAgeWeeks)
            answers.insert(QStringLiteral("usia_kehamilan"), number(*m.gestationalAgeWeeks, 0));
    }
    if (const QString visits = riskAnswers.value(QStringLiteral("antenatal_visits")).trimmed(); !visits.isEmpty())
        answers.insert(QStringLiteral("anc"), withFinding(WorksheetPrefill::tr("%1 visits").arg(visits), found("antenatal")));
    if (const QString tablets = riskAnswers.value(QStringLiteral("iron_tablets")).trimmed(); !tablets.isEmpty())
        answers.insert(QStringLiteral("ttd"), withFinding(WorksheetPrefill::tr("%1 tablets").arg(tablets), found("iron")));
    QStringList fourToo;
    for (const char *rule : {"too_young", "too_old", "too_close", "too_many"}) {
        if (const QString finding = found(rule); !finding.isEmpty())
            fourToo.append(finding);
    }
    const bool fourTooKnown = age >= 0 || riskAnswers.contains(QStringLiteral("birth_spacing_months")) || riskAnswers.contains(QStringLiteral("children_count"));
    if (fourTooKnown)
        answers.insert(QStringLiteral("4_terlalu"), fourToo.isEmpty() ? WorksheetPrefill::tr("None found") : fourToo.join(QStringLiteral("; ")));
}

void familyAnswers(const RiskAnswerValues &riskAnswers, QMap<QString, QString> &answers)
{
    const QString smoking = riskAnswers.value(QStringLiteral("smoking_exposure")).trimmed().toLower();
    if (smoking == QLatin1String("yes"))
        answers.insert(QStringLiteral("merokok"), WorksheetPrefill::tr("Yes, a household member smokes"));
    else if (smoking == QLatin1String("no"))
        answers.insert(QStringLiteral("merokok"), WorksheetPrefill::tr("No"));
    if (const QString water = riskAnswers.value(QStringLiteral("water_source")).trimmed().toLower(); !water.isEmpty())
        answers.insert(QStringLiteral("air_minum"), WorksheetPrefill::tr("%1 (%2)").arg(FamilyRiskScreen::answerName(water),
                                                                                        FamilyRiskScreen::isProperWater(water) ? WorksheetPrefill::tr("proper")
                                                                                                                    : WorksheetPrefill::tr("not proper")));
    if (const QString latrine = riskAnswers.value(QStringLiteral("latrine")).trimmed().toLower(); !latrine.isEmpty())
        answers.insert(QStringLiteral("jamban"), WorksheetPrefill::tr("%1 (%2)").arg(FamilyRiskScreen::answerName(latrine),
                                                                                     FamilyRiskScreen::isProperLatrine(latrine) ? WorksheetPrefill::tr("proper")
                                                                                                                             : WorksheetPrefill::tr("not proper")));
}
}

QMap<QString, QString> WorksheetPrefill::answers(const Subject &subject, const std::optional<Measurement> &measurement,
                                                 const RiskAnswerValues &riskAnswers, const RiskThresholds &thresholds)
{
    QMap<QString, QString> answers;
    if (isChildGroup(subject.group))
        childAnswers(subject, measurement, answers);
    else
        motherAnswers(subject, measurement, riskAnswers, thresholds, answers);
    familyAnswers(riskAnswers, answers);
    return answers;
}

Result<QMap<QString, QString>> WorksheetPrefill::answers(Workspace &workspace, const Subject &subject)
{
    SubjectRepository subjects(workspace);
    auto measurement = subjects.latestMeasurement(subject.id);
    if (!measurement)
        return Error{measurement.error()};
    auto stored = subjects.riskAnswers(subject.id);
    if (!stored)
        return Error{stored.error()};
    RiskAnswerValues values;
    for (const RiskAnswer &answer : *stored)
        values.insert(answer.factor, answer.value);
    return answers(subject, *measurement, values, RiskThresholds::fromMap(SettingsRepository(workspace).values(QStringLiteral("risk."))));
}
