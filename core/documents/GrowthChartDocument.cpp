#include "documents/GrowthChartDocument.h"

#include "audit/AgeText.h"
#include "documents/AgeBand.h"
#include "documents/DocumentComposer.h"
#include "domain/DateText.h"
#include "domain/WorkspaceSettings.h"
#include "growth/ChildZScores.h"
#include "growth/MeasurementAssessor.h"
#include "growth/NutritionalStatus.h"
#include "storage/CaseRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SubjectRepository.h"

#include <QLocale>
#include <QMap>
#include <algorithm>
#include <cmath>

namespace {

const QSizeF ChartSizeMm(160, 94);

QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

double ageInMonths(const Subject &subject, const Measurement &measurement)
{
    return MeasurementAssessor::ageInDays(subject, measurement) / GrowthCurve::DaysPerMonth;
}

// The length the length-for-age curves compare: WHO's 0.7 cm between lying and standing when the
// position does not match the age (a length below 731 days, a height from then on).
double lengthForAgeValue(const Subject &subject, const Measurement &measurement)
{
    if (const auto input = MeasurementAssessor::childInput(subject, measurement)) {
        const double adjusted = ChildZScores::compute(*input).clenhei;
        if (std::isfinite(adjusted))
            return adjusted;
    }
    return *measurement.lengthHeightCm;
}

// The length or height as the weight-for-length (lying) or weight-for-height (standing) chart takes it.
double lengthOnChart(const Measurement &measurement, bool lengthChart)
{
    const double value = *measurement.lengthHeightCm;
    if (!measurement.position)
        return value;
    if (lengthChart && *measurement.position == MeasurePosition::Standing)
        return value + 0.7;
    if (!lengthChart && *measurement.position == MeasurePosition::Lying)
        return value - 0.7;
    return value;
}

bool usable(const Subject &subject, const Measurement &measurement)
{
    return measurement.measuredOn.isValid() && measurement.measuredOn >= subject.birthDate
           && (measurement.weightKg || measurement.lengthHeightCm);
}

// "-1,23" over the category, or a dash when the z-score was not computed.
QString zCell(const std::optional<double> &z, ChildIndex index, bool flagged)
{
    if (!z)
        return QStringLiteral("–");
    return number(*z, 2) + QLatin1Char('\n') + NutritionalStatus::name(NutritionalStatus::categorise(index, *z, flagged));
}

}  // namespace

GrowthChartDocument::Charts GrowthChartDocument::charts(const Subject &subject, const QList<Measurement> &measurements)
{
    const Sex sex = subject.sex.value_or(Sex::Male);
    const bool baduta = subject.group == TargetGroup::Baduta;
    QList<GrowthChartDrawing::Point> lengths, weights, weightsForLength;
    double firstAge = 60;
    double lastAge = 0;
    double shortest = 1000, longest = 0;
    for (const Measurement &m : measurements) {
        const double age = ageInMonths(subject, m);
        if (!std::isfinite(age))
            continue;
        firstAge = std::min(firstAge, age);
        lastAge = std::max(lastAge, age);
        if (m.lengthHeightCm)
            lengths.append({age, lengthForAgeValue(subject, m)});
        if (m.weightKg)
            weights.append({age, *m.weightKg});
        if (m.weightKg && m.lengthHeightCm) {
            const double length = lengthOnChart(m, baduta);
            weightsForLength.append({length, *m.weightKg});
            shortest = std::min(shortest, length);
            longest = std::max(longest, length);
        }
    }
    // A baduta's card covers its first two years, longer when monitoring went past them; a balita's
    // the years from the one before its first measurement to five, at least two of them.
    const double lastMonth = baduta ? std::min(60.0, std::max(24.0, std::ceil(lastAge / 6) * 6)) : 60.0;
    const double firstMonth = baduta ? 0.0 : std::clamp(std::floor((firstAge - 6) / 12) * 12, 0.0, 36.0);

    const GrowthCurve::Kind byLength = baduta ? GrowthCurve::Kind::WeightForLength : GrowthCurve::Kind::WeightForHeight;
    double from = GrowthCurve::firstX(byLength), to = GrowthCurve::lastX(byLength);
    if (longest > 0) {
        // The part of the curves around the child, at least 30 cm wide.
        from = std::max(from, std::floor((shortest - 8) / 5) * 5);
        to = std::min(to, std::ceil((longest + 8) / 5) * 5);
        if (to - from < 30)
            to = std::min(GrowthCurve::lastX(byLength), from + 30);
        if (to - from < 30)
            from = std::max(GrowthCurve::firstX(byLength), to - 30);
    }
    return {std::make_shared<GrowthChartDrawing>(GrowthCurve::Kind::LengthForAge, sex, firstMonth, lastMonth, lengths),
            std::make_shared<GrowthChartDrawing>(GrowthCurve::Kind::WeightForAge, sex, firstMonth, lastMonth, weights),
            std::make_shared<GrowthChartDrawing>(byLength, sex, from, to, weightsForLength)};
}

Result<std::unique_ptr<PrintableDocument>> GrowthChartDocument::build(Workspace &workspace, const DocumentRequest &request)
{
    const QString code = request.caseCode.trimmed();
    if (code.isEmpty())
        return Error{tr("A growth chart is printed for one child case: give its case code.")};
    CaseRepository cases(workspace);
    auto auditCase = cases.findByCode(code);
    if (!auditCase)
        return Error{auditCase.error()};
    SubjectRepository subjects(workspace);
    auto subject = subjects.find(auditCase->subjectId);
    if (!subject)
        return Error{subject.error()};
    if (!isChildGroup(subject->group))
        return Error{tr("Case %1 is not a child but a %2: growth charts are drawn for BADUTA and BALITA cases only.")
                         .arg(code, enumName(subject->group))};
    if (!subject->sex || !subject->birthDate.isValid())
        return Error{tr("The child of case %1 has no sex or birth date recorded, so the WHO curves cannot be chosen. "
                        "Complete the child's data first.")
                         .arg(code)};
    auto stored = subjects.measurements(subject->id);
    if (!stored)
        return Error{stored.error()};
    QList<Measurement> measurements;
    for (const Measurement &m : *stored) {
        if (usable(*subject, m))
            measurements.append(m);
    }
    if (measurements.isEmpty())
        return Error{tr("Case %1 has no measurement of weight or length yet, so there is nothing to draw on a growth chart.").arg(code)};
    auto visits = cases.visits(auditCase->id);
    if (!visits)
        return Error{visits.error()};
    QMap<qint64, int> monitoringMonths;
    for (const MonitoringVisit &visit : *visits) {
        if (visit.measurementId)
            monitoringMonths.insert(visit.measurementId, visit.monthIndex);
    }
    auto settings = SettingsRepository(workspace).load();
    if (!settings)
        return Error{settings.error()};

    auto document = std::make_unique<PrintableDocument>(tr("Growth chart of case %1").arg(code));
    document->setConfidential(request.internal);
    DocumentComposer composer(*document);
    composer.letterhead(*settings);
    const bool boy = *subject->sex == Sex::Male;
    composer.title(tr("Child growth chart"),
                   {boy ? tr("WHO Child Growth Standards 2006 (Permenkes 2/2020), boys") : tr("WHO Child Growth Standards 2006 (Permenkes 2/2020), girls")});

    const Measurement &latest = measurements.last();
    const int months = AgeText::completedMonths(subject->birthDate, latest.measuredOn);
    QList<QPair<QString, QString>> fields{{tr("Case code"), code},
                                          {tr("Target group"), enumName(subject->group)},
                                          {tr("Sex"), enumName(*subject->sex)},
                                          {tr("Age band"), tr("%1 (at the latest measurement)").arg(AgeBand::ofMonths(months))}};
    if (request.internal) {
        fields.append({tr("Name (internal)"), subject->name});
        fields.append({tr("Birth date (internal)"), DateText::date(subject->birthDate)});
    }
    composer.fields(fields);

    const Charts drawn = charts(*subject, measurements);
    const bool baduta = subject->group == TargetGroup::Baduta;
    composer.subheading(tr("1. Length/height-for-age (PB/U, TB/U)"));
    composer.drawing(drawn.lengthForAge, ChartSizeMm);
    composer.pageBreak();
    composer.subheading(tr("2. Weight-for-age (BB/U)"));
    composer.drawing(drawn.weightForAge, ChartSizeMm);
    composer.subheading(baduta ? tr("3. Weight-for-length (BB/PB)") : tr("3. Weight-for-height (BB/TB)"));
    composer.drawing(drawn.weightForLength, ChartSizeMm);

    writeTable(composer, *subject, measurements, monitoringMonths, request.internal);
    return document;
}

void GrowthChartDocument::writeTable(DocumentComposer &composer, const Subject &subject, const QList<Measurement> &measurements,
                                     const QMap<qint64, int> &monitoringMonths, bool internal)
{
    composer.subheading(tr("Measurements"));
    const bool baduta = subject.group == TargetGroup::Baduta;
    DocumentTable table({tr("No."), tr("Date"), tr("Age"), tr("BB (kg)"), tr("PB/TB (cm)"), tr("PB/U, TB/U"), tr("BB/U"),
                         baduta ? tr("BB/PB") : tr("BB/TB")},
                        {5, 15, 11, 9, 11, 16, 16, 17});
    table.alignCentre(0).alignRight(3).alignRight(4).setFontPointSize(9);
    int row = 0;
    QString standard;
    for (const Measurement &m : measurements) {
        // An anonymised copy gives the month only: a measurement on the day of birth would give the birth date away.
        QString date = internal ? DateText::shortDate(m.measuredOn) : QLocale().toString(m.measuredOn, QStringLiteral("MMM yyyy"));
        if (monitoringMonths.contains(m.id))
            date += QLatin1Char('\n') + tr("Monitoring %1").arg(monitoringMonths.value(m.id));
        QString length = QStringLiteral("–");
        if (m.lengthHeightCm) {
            length = number(*m.lengthHeightCm);
            if (m.position)
                length += QLatin1Char(' ') + (*m.position == MeasurePosition::Lying ? tr("PB") : tr("TB"));
        }
        const QStringList flags = m.zFlags.split(QLatin1Char(','), Qt::SkipEmptyParts);
        table.addRow({QString::number(++row), date, AgeText::between(subject.birthDate, m.measuredOn),
                      m.weightKg ? number(*m.weightKg) : QStringLiteral("–"), length,
                      zCell(m.zLengthAge, ChildIndex::LengthForAge, flags.contains(QStringLiteral("zlen"))),
                      zCell(m.zWeightAge, ChildIndex::WeightForAge, flags.contains(QStringLiteral("zwei"))),
                      zCell(m.zWeightLength, ChildIndex::WeightForLength, flags.contains(QStringLiteral("zwfl")))});
        if (!m.zStandard.isEmpty())
            standard = m.zStandard;
    }
    composer.table(table);
    composer.note(tr("Z-scores as stored with each measurement (%1), categories of Permenkes 2/2020. PB: length measured lying, "
                     "TB: height measured standing. As WHO does, the charts move a length measured standing, or a height measured "
                     "lying, by 0.7 cm to the position the curve uses.")
                      .arg(standard.isEmpty() ? QStringLiteral("WHO 2006") : standard));
}
