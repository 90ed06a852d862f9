#include "storage/ExportRepository.h"

#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

Result<ExportTable> ExportRepository::table(const QString &sql, const QStringList &header) const
{
    SqlQuery query(m_workspace, sql);
    if (Status status = query.exec(); !status)
        return Error{status.error()};
    ExportTable table;
    table.header = header;
    while (query.next()) {
        QVariantList row;
        for (int column = 0; column < header.size(); ++column)
            row.append(query.value(column));
        table.rows.append(row);
    }
    return table;
}

Result<ExportTable> ExportRepository::subjects() const
{
    return table(QStringLiteral("SELECT s.uuid, s.target_group, s.nik, s.kk_number, s.name, s.sex, s.birth_date, k.name, d.name, s.dusun, "
                                "s.rt, s.rw, s.address, s.mother_name, s.father_name, s.spouse_name, s.phone "
                                "FROM subject s LEFT JOIN desa d ON d.id = s.desa_id LEFT JOIN kecamatan k ON k.id = d.kecamatan_id "
                                "ORDER BY s.target_group, s.name, s.id"),
                 {tr("ID"), tr("Group"), tr("NIK"), tr("KK"), tr("Name"), tr("Sex"), tr("Birth date"), tr("Kecamatan"), tr("Desa"),
                  tr("Dusun"), tr("RT"), tr("RW"), tr("Address"), tr("Mother"), tr("Father"), tr("Spouse"), tr("Phone")});
}

Result<ExportTable> ExportRepository::measurements() const
{
    return table(QStringLiteral("SELECT s.uuid, s.name, s.target_group, m.measured_on, m.weight_kg, m.length_height_cm, m.measure_position, "
                                "m.muac_cm, m.head_circumference_cm, m.hb_gdl, m.oedema, m.gestational_age_weeks, m.z_length_age, m.z_weight_age, "
                                "m.z_weight_length, m.z_bmi_age, m.z_flags, m.z_standard, m.source "
                                "FROM measurement m JOIN subject s ON s.id = m.subject_id ORDER BY s.name, s.id, m.measured_on"),
                 {tr("Subject ID"), tr("Name"), tr("Group"), tr("Measured on"), tr("Weight (kg)"), tr("Length/height (cm)"), tr("Measured"),
                  tr("LiLA (cm)"), tr("Head circumference (cm)"), tr("Hb (g/dL)"), tr("Oedema"), tr("Gestational age (weeks)"), tr("PB/U or TB/U z"),
                  tr("BB/U z"), tr("BB/PB or BB/TB z"), tr("IMT/U z"), tr("WHO flags"), tr("Standard"), tr("Source")});
}

Result<ExportTable> ExportRepository::cases() const
{
    // Case codes, not names: this list is meant to travel.
    return table(QStringLiteral("SELECT c.case_code, cy.year, cy.number, c.audit_number, s.target_group, k.name, d.name, c.selection_reasons, "
                                "c.selected_on, r.signed_on, c.outcome "
                                "FROM audit_case c JOIN cycle cy ON cy.id = c.cycle_id JOIN subject s ON s.id = c.subject_id "
                                "LEFT JOIN desa d ON d.id = s.desa_id LEFT JOIN kecamatan k ON k.id = d.kecamatan_id "
                                "LEFT JOIN expert_review r ON r.case_id = c.id ORDER BY cy.year, cy.number, c.audit_number"),
                 {tr("Case code"), tr("Year"), tr("Cycle"), tr("Audit number"), tr("Group"), tr("Kecamatan"), tr("Desa"), tr("Selection reasons"),
                  tr("Selected on"), tr("Review signed on"), tr("Outcome")});
}
