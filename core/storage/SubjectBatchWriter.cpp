#include "storage/SubjectBatchWriter.h"

#include "growth/MeasurementAssessor.h"
#include "storage/SqlValue.h"
#include "storage/TimeOrderedUuid.h"
#include "storage/Workspace.h"

namespace {
// Rows to a statement: SQLite runs one statement for many rows at a fraction of the cost of as
// many statements (cursors, constraint and statement-journal bookkeeping once per statement).
constexpr int BatchRows = 100;

const char SubjectColumns[] = "id, uuid, created_at, updated_at, target_group, name, nik, kk_number, sex, birth_date, desa_id, posyandu_id, "
                              "dusun, rw, rt, address, mother_name, father_name, spouse_name, phone, birth_weight_g, birth_length_cm, "
                              "marriage_date, notes, source, source_fields";
constexpr int SubjectValues = 26;
const char MeasurementColumns[] = "id, uuid, created_at, updated_at, subject_id, measured_on, weight_kg, length_height_cm, measure_position, "
                                  "muac_cm, head_circumference_cm, hb_gdl, oedema, gestational_age_weeks, source, verified, z_length_age, "
                                  "z_weight_age, z_weight_length, z_bmi_age, z_head_age, z_muac_age, z_flags, z_standard";
constexpr int MeasurementValues = 24;

QByteArray insertSql(const char *table, const char *columns, int values, int rows)
{
    QByteArray row = "(?";
    for (int i = 1; i < values; ++i)
        row += ",?";
    row += ')';
    QByteArray sql = QByteArray("INSERT INTO ") + table + " (" + columns + ") VALUES " + row;
    for (int i = 1; i < rows; ++i)
        sql += ',' + row;
    return sql;
}

void bindCode(SqliteStatement &statement, int position, const QString &code)
{
    if (code.isEmpty())
        statement.bindNull(position);
    else
        statement.bind(position, code);
}
}

SubjectBatchWriter::SubjectBatchWriter(Workspace &workspace)
    : m_workspace(workspace)
    , m_now(SqlValue::now())
    , m_nowText(SqlValue::from(m_now).toString())
    , m_subjectBatch(workspace.nativeHandle(), insertSql("subject", SubjectColumns, SubjectValues, BatchRows))
    , m_subjectSingle(workspace.nativeHandle(), insertSql("subject", SubjectColumns, SubjectValues, 1))
    , m_measurementBatch(workspace.nativeHandle(), insertSql("measurement", MeasurementColumns, MeasurementValues, BatchRows))
    , m_measurementSingle(workspace.nativeHandle(), insertSql("measurement", MeasurementColumns, MeasurementValues, 1))
    , m_maxSubjectId(workspace.nativeHandle(), "SELECT COALESCE(MAX(id), 0) FROM subject")
    , m_maxMeasurementId(workspace.nativeHandle(), "SELECT COALESCE(MAX(id), 0) FROM measurement")
{
}

Status SubjectBatchWriter::checkTransaction() const
{
    // Outside a transaction every statement would be committed on its own: not all or none.
    if (!m_workspace.inTransaction() || !m_subjectSingle.inTransaction())
        return Error{tr("Many rows are stored only inside a transaction.")};
    return {};
}

// The id SQLite would give the next row: one more than the largest, read when a batch starts so
// that rows others wrote since the last batch are counted.
Result<qint64> SubjectBatchWriter::nextId(SqliteStatement &largestId, qint64 &next)
{
    if (next == 0) {
        auto largest = largestId.integer();
        if (!largest)
            return Error{largest.error()};
        next = *largest + 1;
    }
    return next++;
}

void SubjectBatchWriter::stamp(Entity &entity)
{
    if (entity.uuid.isEmpty())
        entity.uuid = TimeOrderedUuid::next();
    entity.createdAt = entity.updatedAt = m_now;
}

Status SubjectBatchWriter::insert(Subject &subject, DataSource source, const QStringList &fields, int line)
{
    if (Status status = checkTransaction(); !status)
        return status;
    auto id = nextId(m_maxSubjectId, m_nextSubjectId);
    if (!id)
        return Error{id.error()};
    PendingSubject pending{subject, fields.isEmpty() ? QString() : enumCode(source), fields.join(QLatin1Char(',')), line};
    pending.subject.id = *id;
    stamp(pending.subject);
    m_subjects.append(pending);
    subject = pending.subject;
    if (m_subjects.size() == BatchRows)
        return write(m_subjects, m_nextSubjectId, m_subjectBatch, m_subjectSingle);
    return {};
}

Status SubjectBatchWriter::insert(const Subject &subject, Measurement &measurement, int line)
{
    if (Status status = checkTransaction(); !status)
        return status;
    auto id = nextId(m_maxMeasurementId, m_nextMeasurementId);
    if (!id)
        return Error{id.error()};
    PendingMeasurement pending{measurement, line};
    MeasurementAssessor::apply(subject, pending.measurement);
    pending.measurement.id = *id;
    stamp(pending.measurement);
    m_measurements.append(pending);
    measurement = pending.measurement;
    if (m_measurements.size() == BatchRows)
        return flush();  // their subjects first
    return {};
}

Status SubjectBatchWriter::flush()
{
    if (Status status = write(m_subjects, m_nextSubjectId, m_subjectBatch, m_subjectSingle); !status)
        return status;
    return write(m_measurements, m_nextMeasurementId, m_measurementBatch, m_measurementSingle);
}

template <typename Pending>
Status SubjectBatchWriter::write(QList<Pending> &pending, qint64 &nextId, SqliteStatement &batch, SqliteStatement &single)
{
    const QList<Pending> rows = std::exchange(pending, {});
    nextId = 0;
    if (rows.size() == BatchRows) {
        for (int i = 0; i < rows.size(); ++i)
            bind(batch, i, rows[i]);
        const Status status = batch.step();
        if (status)
            return {};
        // SQLite took back that statement. Row by row names the row it refuses, unless the error
        // (a full disk) ended the whole transaction: the rows would then be stored one by one.
        if (!batch.inTransaction())
            return status;
    }
    for (const Pending &row : rows) {
        bind(single, 0, row);
        if (Status status = single.step(); !status)
            return Error{tr("Line %1: %2").arg(row.line).arg(status.error())};
    }
    return {};
}

void SubjectBatchWriter::bind(SqliteStatement &q, int row, const PendingSubject &pending) const
{
    const Subject &s = pending.subject;
    const int p = row * SubjectValues;
    q.bind(p + 1, s.id);
    q.bind(p + 2, s.uuid);
    q.bind(p + 3, m_nowText);
    q.bind(p + 4, m_nowText);
    q.bind(p + 5, enumCode(s.group));
    q.bind(p + 6, s.name);
    q.bind(p + 7, s.nik);
    q.bind(p + 8, s.kkNumber);
    bindCode(q, p + 9, s.sex ? enumCode(*s.sex) : QString());
    q.bind(p + 10, s.birthDate);
    q.bindId(p + 11, s.desaId);
    q.bindId(p + 12, s.posyanduId);
    q.bind(p + 13, s.dusun);
    q.bind(p + 14, s.rw);
    q.bind(p + 15, s.rt);
    q.bind(p + 16, s.address);
    q.bind(p + 17, s.motherName);
    q.bind(p + 18, s.fatherName);
    q.bind(p + 19, s.spouseName);
    q.bind(p + 20, s.phone);
    q.bind(p + 21, s.birthWeightG);
    q.bind(p + 22, s.birthLengthCm);
    q.bind(p + 23, s.marriageDate);
    q.bind(p + 24, s.notes);
    bindCode(q, p + 25, pending.source);
    q.bind(p + 26, pending.fields);
}

void SubjectBatchWriter::bind(SqliteStatement &q, int row, const PendingMeasurement &pending) const
{
    const Measurement &m = pending.measurement;
    const int p = row * MeasurementValues;
    q.bind(p + 1, m.id);
    q.bind(p + 2, m.uuid);
    q.bind(p + 3, m_nowText);
    q.bind(p + 4, m_nowText);
    q.bind(p + 5, m.subjectId);
    q.bind(p + 6, m.measuredOn);
    q.bind(p + 7, m.weightKg);
    q.bind(p + 8, m.lengthHeightCm);
    bindCode(q, p + 9, m.position ? enumCode(*m.position) : QString());
    q.bind(p + 10, m.muacCm);
    q.bind(p + 11, m.headCircumferenceCm);
    q.bind(p + 12, m.hbGdl);
    q.bind(p + 13, qint64(m.oedema));
    q.bind(p + 14, m.gestationalAgeWeeks);
    q.bind(p + 15, enumCode(m.source));
    q.bind(p + 16, qint64(m.verified));
    q.bind(p + 17, m.zLengthAge);
    q.bind(p + 18, m.zWeightAge);
    q.bind(p + 19, m.zWeightLength);
    q.bind(p + 20, m.zBmiAge);
    q.bind(p + 21, m.zHeadAge);
    q.bind(p + 22, m.zMuacAge);
    q.bind(p + 23, m.zFlags);
    q.bind(p + 24, m.zStandard);
}
