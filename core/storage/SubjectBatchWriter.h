#pragma once

#include "Result.h"
#include "domain/DataSource.h"
#include "domain/Measurement.h"
#include "domain/Subject.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Workspace;

// Stores new subjects and measurements by the hundred thousand, inside a transaction the caller
// opened with Workspace::write: the same rows SubjectRepository writes (columns, z-scores, UUID,
// times), through SQLite's own interface and many rows to a statement. Qt's driver binds every
// value through a QVariant and for an import spends more on that than SQLite spends storing.
//
// Rows are given their id, UUID and times at once and reach the workspace in batches: call
// flush() before anything else reads or writes subjects or measurements in the transaction, and
// before it ends. A row SQLite refuses is named by the line the caller gave it.
class SubjectBatchWriter {
    Q_DECLARE_TR_FUNCTIONS(SubjectBatchWriter)
public:
    explicit SubjectBatchWriter(Workspace &workspace);

    // A new subject. The fields named (columns such as "birth_date") came from source, as
    // SubjectRepository::fieldSources then reports.
    Status insert(Subject &subject, DataSource source, const QStringList &fields, int line);
    // A new measurement of the subject (given before, or stored), with its z-scores computed.
    Status insert(const Subject &subject, Measurement &measurement, int line);
    Status flush();

private:
    struct PendingSubject {
        Subject subject;
        QString source;  // code, empty when no field is named
        QString fields;
        int line = 0;
    };
    struct PendingMeasurement {
        Measurement measurement;
        int line = 0;
    };

    Status checkTransaction() const;
    Result<qint64> nextId(SqliteStatement &largestId, qint64 &next);
    void stamp(Entity &entity);
    void bind(SqliteStatement &statement, int row, const PendingSubject &pending) const;
    void bind(SqliteStatement &statement, int row, const PendingMeasurement &pending) const;
    template <typename Pending>
    Status write(QList<Pending> &pending, qint64 &nextId, SqliteStatement &batch, SqliteStatement &single);

    Workspace &m_workspace;
    QDateTime m_now;  // one time for every row: they are committed together
    QString m_nowText;
    qint64 m_nextSubjectId = 0;  // 0: to be read when the next batch starts
    qint64 m_nextMeasurementId = 0;
    QList<PendingSubject> m_subjects;
    QList<PendingMeasurement> m_measurements;
    SqliteStatement m_subjectBatch;
    SqliteStatement m_subjectSingle;
    SqliteStatement m_measurementBatch;
    SqliteStatement m_measurementSingle;
    SqliteStatement m_maxSubjectId;
    SqliteStatement m_maxMeasurementId;
};
