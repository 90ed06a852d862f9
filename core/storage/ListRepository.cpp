#include "storage/ListRepository.h"

#include "storage/SqlQuery.h"
#include "storage/SqlValue.h"
#include "storage/Workspace.h"

namespace {
template <typename Row, typename Reader>
Result<QList<Row>> rows(SqlQuery &query, Reader read)
{
    if (Status status = query.exec(); !status)
        return Error{status.error()};
    QList<Row> list;
    while (query.next())
        list.append(read(query));
    return list;
}
}

Result<QList<SubjectRow>> ListRepository::subjects() const
{
    SqlQuery query(m_workspace, QStringLiteral(
        "SELECT s.id, s.name, s.target_group, s.sex, s.birth_date, d.name, k.name, m.measured_on, m.z_length_age, "
        "m.weight_kg, m.length_height_cm, m.measure_position, m.oedema, m.head_circumference_cm, m.muac_cm, m.id, m.hb_gdl, m.z_flags "
        "FROM subject s LEFT JOIN desa d ON d.id = s.desa_id LEFT JOIN kecamatan k ON k.id = d.kecamatan_id "
        "LEFT JOIN measurement m ON m.id = (SELECT id FROM measurement WHERE subject_id = s.id ORDER BY measured_on DESC, id DESC LIMIT 1) "
        "ORDER BY s.name, s.id"));
    return rows<SubjectRow>(query, [](const SqlQuery &q) {
        SubjectRow row;
        row.id = q.value(0).toLongLong();
        row.name = q.value(1).toString();
        row.group = enumFromCode<TargetGroup>(q.value(2).toString()).value_or(TargetGroup::Baduta);
        row.sex = enumFromCode<Sex>(q.value(3).toString());
        row.birthDate = SqlValue::toDate(q.value(4));
        row.desa = q.value(5).toString();
        row.kecamatan = q.value(6).toString();
        if (!q.value(15).isNull()) {
            Measurement m;
            m.id = q.value(15).toLongLong();
            m.subjectId = row.id;
            m.measuredOn = SqlValue::toDate(q.value(7));
            m.zLengthAge = SqlValue::toOptionalDouble(q.value(8));
            m.weightKg = SqlValue::toOptionalDouble(q.value(9));
            m.lengthHeightCm = SqlValue::toOptionalDouble(q.value(10));
            m.position = enumFromCode<MeasurePosition>(q.value(11).toString());
            m.oedema = q.value(12).toBool();
            m.headCircumferenceCm = SqlValue::toOptionalDouble(q.value(13));
            m.muacCm = SqlValue::toOptionalDouble(q.value(14));
            m.hbGdl = SqlValue::toOptionalDouble(q.value(16));
            m.zFlags = q.value(17).toString();
            row.lastMeasurement = m;
        }
        return row;
    });
}

Result<QList<CaseRow>> ListRepository::cases(qint64 cycleId) const
{
    SqlQuery query(m_workspace, QStringLiteral(
        "SELECT c.id, c.case_code, s.target_group, d.name, c.selection_reasons, r.signed_on IS NOT NULL, c.outcome "
        "FROM audit_case c JOIN subject s ON s.id = c.subject_id LEFT JOIN desa d ON d.id = s.desa_id "
        "LEFT JOIN expert_review r ON r.case_id = c.id WHERE c.cycle_id = :cycle ORDER BY c.audit_number"));
    query.bind(QStringLiteral(":cycle"), cycleId);
    return rows<CaseRow>(query, [](const SqlQuery &q) {
        CaseRow row;
        row.id = q.value(0).toLongLong();
        row.caseCode = q.value(1).toString();
        row.group = enumFromCode<TargetGroup>(q.value(2).toString()).value_or(TargetGroup::Baduta);
        row.desa = q.value(3).toString();
        row.reasons = q.value(4).toString();
        row.reviewSigned = q.value(5).toBool();
        row.outcome = enumFromCode<CaseOutcome>(q.value(6).toString());
        return row;
    });
}

Result<QList<ActionItemRow>> ListRepository::actionItems(qint64 cycleId) const
{
    SqlQuery query(m_workspace, QStringLiteral(
        "SELECT i.id, c.case_code, i.activity, COALESCE(NULLIF(a.short_name, ''), a.name), i.due_date, i.status "
        "FROM action_item i LEFT JOIN audit_case c ON c.id = i.case_id LEFT JOIN agency a ON a.id = i.agency_id "
        "WHERE i.cycle_id = :cycle ORDER BY i.due_date IS NULL, i.due_date, i.id"));
    query.bind(QStringLiteral(":cycle"), cycleId);
    return rows<ActionItemRow>(query, [](const SqlQuery &q) {
        ActionItemRow row;
        row.id = q.value(0).toLongLong();
        row.caseCode = q.value(1).toString();
        row.activity = q.value(2).toString();
        row.agency = q.value(3).toString();
        row.dueDate = SqlValue::toDate(q.value(4));
        row.status = enumFromCode<ActionStatus>(q.value(5).toString()).value_or(ActionStatus::Planned);
        return row;
    });
}

Result<QHash<qint64, RiskAnswerValues>> ListRepository::riskAnswers() const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT subject_id, factor, value FROM risk_answer"));
    if (Status status = query.exec(); !status)
        return Error{status.error()};
    QHash<qint64, RiskAnswerValues> answers;
    while (query.next())
        answers[query.value(0).toLongLong()].insert(query.value(1).toString(), query.value(2).toString());
    return answers;
}
