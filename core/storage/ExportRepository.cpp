#include "storage/ExportRepository.h"

#include "domain/CaseOutcome.h"
#include "domain/DataSource.h"
#include "domain/MeasurePosition.h"
#include "domain/SelectionReason.h"
#include "domain/Sex.h"
#include "domain/TargetGroup.h"
#include "storage/SqlQuery.h"
#include "storage/SqlValue.h"
#include "storage/Workspace.h"

namespace {
// The translated name of a stored code; an unknown code is shown as it is.
template <typename E>
QVariant nameOf(const QVariant &stored)
{
    const QString code = stored.toString();
    if (code.isEmpty())
        return {};
    const auto value = enumFromCode<E>(code);
    return value ? enumName(*value) : code;
}
}

QVariant ExportRepository::exported(const QVariant &stored, Kind kind)
{
    if (stored.isNull())
        return kind == Kind::YesNo ? QVariant(tr("No")) : QVariant();
    switch (kind) {
    case Kind::Text:
        return stored.toString();
    case Kind::Number:
        return stored.typeId() == QMetaType::Double ? stored : QVariant(stored.toLongLong());
    case Kind::Date: {
        const QDate date = SqlValue::toDate(stored);
        return date.isValid() ? QVariant(date) : QVariant();
    }
    case Kind::YesNo:
        return stored.toInt() != 0 ? tr("Yes") : tr("No");
    case Kind::Group:
        return nameOf<TargetGroup>(stored);
    case Kind::Sex:
        return nameOf<Sex>(stored);
    case Kind::Position:
        return nameOf<MeasurePosition>(stored);
    case Kind::Source:
        return nameOf<DataSource>(stored);
    case Kind::Outcome:
        return nameOf<CaseOutcome>(stored);
    case Kind::Reasons: {
        QStringList names;
        for (const QString &code : stored.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            names.append(nameOf<SelectionReason>(code).toString());
        return names.isEmpty() ? QVariant() : QVariant(names.join(QStringLiteral("; ")));
    }
    }
    return stored;
}

Result<ExportTable> ExportRepository::query(ExportContent content, const QList<Column> &columns, const QString &from,
                                            std::optional<qint64> cycleId) const
{
    QStringList expressions;
    ExportTable table;
    table.title = enumName(content);
    for (const Column &column : columns) {
        expressions.append(QLatin1String(column.expression));
        table.header.append(column.header);
    }
    SqlQuery query(m_workspace, QStringLiteral("SELECT %1 %2").arg(expressions.join(QStringLiteral(", ")), from));
    if (cycleId)
        query.bind(QStringLiteral(":cycle"), *cycleId);
    if (Status status = query.exec(); !status)
        return Error{status.error()};
    while (query.next()) {
        QVariantList row;
        row.reserve(columns.size());
        for (int column = 0; column < columns.size(); ++column)
            row.append(exported(query.value(column), columns.at(column).kind));
        table.rows.append(row);
    }
    return table;
}

Result<ExportTable> ExportRepository::table(ExportContent content, std::optional<qint64> cycleId) const
{
    switch (content) {
    case ExportContent::Subjects:
        return subjects();
    case ExportContent::Measurements:
        return measurements();
    case ExportContent::Cases:
        return cases(cycleId);
    }
    return Error{tr("Unknown export.")};
}

Result<ExportTable> ExportRepository::subjects() const
{
    return query(ExportContent::Subjects,
                 {{"s.uuid", tr("ID"), Kind::Text},
                  {"s.target_group", tr("Group"), Kind::Group},
                  {"s.nik", tr("NIK"), Kind::Text},
                  {"s.kk_number", tr("KK number"), Kind::Text},
                  {"s.name", tr("Name"), Kind::Text},
                  {"s.sex", tr("Sex"), Kind::Sex},
                  {"s.birth_date", tr("Birth date"), Kind::Date},
                  {"k.name", tr("Kecamatan"), Kind::Text},
                  {"d.name", tr("Desa"), Kind::Text},
                  {"p.name", tr("Posyandu"), Kind::Text},
                  {"s.dusun", tr("Dusun"), Kind::Text},
                  {"s.rt", tr("RT"), Kind::Text},
                  {"s.rw", tr("RW"), Kind::Text},
                  {"s.address", tr("Address"), Kind::Text},
                  {"s.mother_name", tr("Mother"), Kind::Text},
                  {"s.father_name", tr("Father"), Kind::Text},
                  {"s.spouse_name", tr("Spouse"), Kind::Text},
                  {"s.phone", tr("Phone"), Kind::Text},
                  {"s.birth_weight_g", tr("Birth weight (g)"), Kind::Number},
                  {"s.birth_length_cm", tr("Birth length (cm)"), Kind::Number},
                  {"s.marriage_date", tr("Marriage date"), Kind::Date},
                  {"s.notes", tr("Notes"), Kind::Text}},
                 QStringLiteral("FROM subject s LEFT JOIN desa d ON d.id = s.desa_id LEFT JOIN kecamatan k ON k.id = d.kecamatan_id "
                                "LEFT JOIN posyandu p ON p.id = s.posyandu_id ORDER BY s.target_group, s.name, s.id"),
                 std::nullopt);
}

Result<ExportTable> ExportRepository::measurements() const
{
    return query(ExportContent::Measurements,
                 {{"m.uuid", tr("Measurement ID"), Kind::Text},
                  {"s.uuid", tr("Subject ID"), Kind::Text},
                  {"s.nik", tr("NIK"), Kind::Text},
                  {"s.name", tr("Name"), Kind::Text},
                  {"s.target_group", tr("Group"), Kind::Group},
                  {"m.measured_on", tr("Measured on"), Kind::Date},
                  {"m.weight_kg", tr("Weight (kg)"), Kind::Number},
                  {"m.length_height_cm", tr("Length/height (cm)"), Kind::Number},
                  {"m.measure_position", tr("Measured"), Kind::Position},
                  {"m.muac_cm", tr("LiLA (cm)"), Kind::Number},
                  {"m.head_circumference_cm", tr("Head circumference (cm)"), Kind::Number},
                  {"m.hb_gdl", tr("Hb (g/dL)"), Kind::Number},
                  {"m.oedema", tr("Oedema"), Kind::YesNo},
                  {"m.gestational_age_weeks", tr("Gestational age (weeks)"), Kind::Number},
                  {"m.z_length_age", tr("PB/U or TB/U z"), Kind::Number},
                  {"m.z_weight_age", tr("BB/U z"), Kind::Number},
                  {"m.z_weight_length", tr("BB/PB or BB/TB z"), Kind::Number},
                  {"m.z_bmi_age", tr("IMT/U z"), Kind::Number},
                  {"m.z_head_age", tr("LK/U z"), Kind::Number},
                  {"m.z_muac_age", tr("LiLA/U z"), Kind::Number},
                  {"m.z_flags", tr("WHO flags"), Kind::Text},
                  {"m.z_standard", tr("Standard"), Kind::Text},
                  {"m.source", tr("Source"), Kind::Source},
                  {"m.verified", tr("Verified"), Kind::YesNo}},
                 QStringLiteral("FROM measurement m JOIN subject s ON s.id = m.subject_id ORDER BY s.name, s.id, m.measured_on, m.id"),
                 std::nullopt);
}

Result<ExportTable> ExportRepository::cases(std::optional<qint64> cycleId) const
{
    // Case codes, never names, NIK, birth dates or addresses (nor the free-text selection note,
    // which may name people): this list is meant to travel.
    return query(ExportContent::Cases,
                 {{"c.case_code", tr("Case code"), Kind::Text},
                  {"cy.year", tr("Year"), Kind::Number},
                  {"cy.number", tr("Cycle"), Kind::Number},
                  {"c.audit_number", tr("Audit number"), Kind::Number},
                  {"s.target_group", tr("Group"), Kind::Group},
                  {"k.name", tr("Kecamatan"), Kind::Text},
                  {"d.name", tr("Desa"), Kind::Text},
                  {"c.selection_reasons", tr("Selection reasons"), Kind::Reasons},
                  {"c.selected_on", tr("Selected on"), Kind::Date},
                  {"r.audit_date", tr("Audit date"), Kind::Date},
                  {"r.signed_on", tr("Review signed on"), Kind::Date},
                  {"c.outcome_proposed", tr("Proposed outcome"), Kind::Outcome},
                  {"c.outcome", tr("Outcome"), Kind::Outcome},
                  {"c.outcome_confirmed_on", tr("Outcome confirmed on"), Kind::Date}},
                 QStringLiteral("FROM audit_case c JOIN cycle cy ON cy.id = c.cycle_id JOIN subject s ON s.id = c.subject_id "
                                "LEFT JOIN desa d ON d.id = s.desa_id LEFT JOIN kecamatan k ON k.id = d.kecamatan_id "
                                "LEFT JOIN expert_review r ON r.case_id = c.id %1 ORDER BY cy.year, cy.number, c.audit_number")
                     .arg(cycleId ? QStringLiteral("WHERE c.cycle_id = :cycle") : QString()),
                 cycleId);
}
