#include "growth/MeasurementAssessor.h"

#include <QStringList>
#include <cmath>

namespace {
constexpr double DaysPerMonth = 30.4375;

std::optional<double> stored(const IndexResult &result)
{
    return std::isnan(result.z) ? std::nullopt : std::optional<double>(result.z);
}

double value(const std::optional<double> &v)
{
    return v ? *v : ChildInput::Missing;
}

int whoSex(const Subject &subject)
{
    return !subject.sex ? 0 : (*subject.sex == Sex::Male ? 1 : 2);
}
}

double MeasurementAssessor::ageInDays(const Subject &subject, const Measurement &measurement)
{
    if (!subject.birthDate.isValid() || !measurement.measuredOn.isValid() || measurement.measuredOn < subject.birthDate)
        return ChildInput::Missing;
    return double(subject.birthDate.daysTo(measurement.measuredOn));
}

std::optional<ChildInput> MeasurementAssessor::childInput(const Subject &subject, const Measurement &measurement)
{
    const double days = ageInDays(subject, measurement);
    if (std::isnan(days) || days / DaysPerMonth >= 60)
        return std::nullopt;
    ChildInput input;
    input.sex = whoSex(subject);
    input.age = days;
    input.weight = value(measurement.weightKg);
    input.lenhei = value(measurement.lengthHeightCm);
    if (measurement.position)
        input.measure = *measurement.position == MeasurePosition::Lying ? 'l' : 'h';
    input.oedema = measurement.oedema;
    input.headc = value(measurement.headCircumferenceCm);
    input.armc = value(measurement.muacCm);
    return input;
}

std::optional<Who2007Input> MeasurementAssessor::who2007Input(const Subject &subject, const Measurement &measurement)
{
    const double days = ageInDays(subject, measurement);
    if (std::isnan(days) || days / DaysPerMonth < 60 || days / DaysPerMonth > 228)
        return std::nullopt;
    Who2007Input input;
    input.sex = whoSex(subject);
    input.ageMonths = days / DaysPerMonth;
    input.height = value(measurement.lengthHeightCm);
    input.weight = value(measurement.weightKg);
    input.oedema = measurement.oedema;
    return input;
}

void MeasurementAssessor::apply(const Subject &subject, Measurement &measurement)
{
    measurement.zLengthAge = measurement.zWeightAge = measurement.zWeightLength = std::nullopt;
    measurement.zBmiAge = measurement.zHeadAge = measurement.zMuacAge = std::nullopt;
    measurement.zFlags.clear();
    measurement.zStandard.clear();
    QStringList flags;
    auto note = [&flags](const IndexResult &result, const char *name) {
        if (result.flag == 1)
            flags.append(QLatin1String(name));
        return stored(result);
    };

    if (auto input = childInput(subject, measurement)) {
        const ChildResult r = ChildZScores::compute(*input);
        measurement.zLengthAge = note(r[ChildIndex::LengthForAge], "zlen");
        measurement.zWeightAge = note(r[ChildIndex::WeightForAge], "zwei");
        measurement.zWeightLength = note(r[ChildIndex::WeightForLength], "zwfl");
        measurement.zBmiAge = note(r[ChildIndex::BmiForAge], "zbmi");
        measurement.zHeadAge = note(r[ChildIndex::HeadForAge], "zhc");
        measurement.zMuacAge = note(r[ChildIndex::ArmForAge], "zac");
        measurement.zStandard = QLatin1String(ChildZScores::Standard);
    } else if (const auto older = who2007Input(subject, measurement)) {
        const Who2007Result r = Who2007ZScores::compute(*older);
        measurement.zLengthAge = note(r.heightForAge, "zhfa");
        measurement.zWeightAge = note(r.weightForAge, "zwfa");
        measurement.zBmiAge = note(r.bmiForAge, "zbfa");
        measurement.zStandard = QLatin1String(Who2007ZScores::Standard);
    }
    measurement.zFlags = flags.join(QLatin1Char(','));
}
