#include "storage/SubjectBatchWriter.h"

#include "growth/MeasurementAssessor.h"
#include "storage/SqlValue.h"
#include "storage/TimeOrderedUuid.h"
#include "storage/Workspace.h"

SubjectBatchWriter::SubjectBatchWriter(Workspace &workspace)
    : m_workspace(workspace)
    , m_now(SqlValue::now())
    , m_nowText(SqlValue::from(m_now).toString())
    , m_insertSubject(workspace.nativeHandle(),
                      "INSERT INTO subject (uuid, created_at, updated_at, target_group, name, nik, kk_number, sex, birth_date, desa_id, "
                      "posyandu_id, dusun, rw, rt, address, mother_name, father_name, spouse_name, phone, birth_weight_g, birth_length_cm, "
                      "marriage_date, notes, source, source_fields) "
                      "VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)")
    , m_insertMeasurement(workspace.nativeHandle(),
                          "INSERT INTO measurement (uuid, created_at, updated_at, subject_id, measured_on, weight_kg, length_height_cm, "
                          "measure_position, muac_cm, head_circumference_cm, hb_gdl, oedema, gestational_age_weeks, source, verified, "
                          "z_length_age, z_weight_age, z_weight_length, z_bmi_age, z_head_age, z_muac_age, z_flags, z_standard) "
                          "VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)")
{
}

Status SubjectBatchWriter::checkTransaction() const
{
    // Outside a transaction every row would be committed on its own: slow, and not all or none.
    if (!m_workspace.inTransaction())
        return Error{tr("Many rows are stored only inside a transaction.")};
    return {};
}

void SubjectBatchWriter::stamp(Entity &entity)
{
    if (entity.uuid.isEmpty())
        entity.uuid = TimeOrderedUuid::next();
    entity.createdAt = entity.updatedAt = m_now;
}

Status SubjectBatchWriter::insert(Subject &subject, DataSource source, const QStringList &fields)
{
    if (Status status = checkTransaction(); !status)
        return status;
    Subject stamped = subject;
    stamp(stamped);
    SqliteStatement &q = m_insertSubject;
    q.bind(1, stamped.uuid);
    q.bind(2, m_nowText);
    q.bind(3, enumCode(stamped.group));
    q.bind(4, stamped.name);
    q.bind(5, stamped.nik);
    q.bind(6, stamped.kkNumber);
    if (stamped.sex)
        q.bind(7, enumCode(*stamped.sex));
    else
        q.bindNull(7);
    q.bind(8, stamped.birthDate);
    q.bindId(9, stamped.desaId);
    q.bindId(10, stamped.posyanduId);
    q.bind(11, stamped.dusun);
    q.bind(12, stamped.rw);
    q.bind(13, stamped.rt);
    q.bind(14, stamped.address);
    q.bind(15, stamped.motherName);
    q.bind(16, stamped.fatherName);
    q.bind(17, stamped.spouseName);
    q.bind(18, stamped.phone);
    q.bind(19, stamped.birthWeightG);
    q.bind(20, stamped.birthLengthCm);
    q.bind(21, stamped.marriageDate);
    q.bind(22, stamped.notes);
    if (fields.isEmpty())
        q.bindNull(23);
    else
        q.bind(23, enumCode(source));
    q.bind(24, fields.join(QLatin1Char(',')));
    if (Status status = q.step(); !status)
        return status;
    stamped.id = q.lastInsertId();
    subject = stamped;
    return {};
}

Status SubjectBatchWriter::insert(const Subject &subject, Measurement &measurement)
{
    if (Status status = checkTransaction(); !status)
        return status;
    Measurement stamped = measurement;
    MeasurementAssessor::apply(subject, stamped);
    stamp(stamped);
    SqliteStatement &q = m_insertMeasurement;
    q.bind(1, stamped.uuid);
    q.bind(2, m_nowText);
    q.bind(3, stamped.subjectId);
    q.bind(4, stamped.measuredOn);
    q.bind(5, stamped.weightKg);
    q.bind(6, stamped.lengthHeightCm);
    if (stamped.position)
        q.bind(7, enumCode(*stamped.position));
    else
        q.bindNull(7);
    q.bind(8, stamped.muacCm);
    q.bind(9, stamped.headCircumferenceCm);
    q.bind(10, stamped.hbGdl);
    q.bind(11, qint64(stamped.oedema));
    q.bind(12, stamped.gestationalAgeWeeks);
    q.bind(13, enumCode(stamped.source));
    q.bind(14, qint64(stamped.verified));
    q.bind(15, stamped.zLengthAge);
    q.bind(16, stamped.zWeightAge);
    q.bind(17, stamped.zWeightLength);
    q.bind(18, stamped.zBmiAge);
    q.bind(19, stamped.zHeadAge);
    q.bind(20, stamped.zMuacAge);
    q.bind(21, stamped.zFlags);
    q.bind(22, stamped.zStandard);
    if (Status status = q.step(); !status)
        return status;
    stamped.id = q.lastInsertId();
    measurement = stamped;
    return {};
}
