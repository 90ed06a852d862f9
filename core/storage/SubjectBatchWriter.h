#pragma once

#include "Result.h"
#include "domain/DataSource.h"
#include "domain/Measurement.h"
#include "domain/Subject.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QStringList>

class Workspace;

// Stores new subjects and measurements by the hundred thousand, inside a transaction the caller
// opened with Workspace::write: the same rows SubjectRepository writes (columns, z-scores, UUID,
// times), through SQLite's own interface. Qt's driver binds every value through a QVariant and
// for an import spends more on that than SQLite spends storing the rows.
class SubjectBatchWriter {
    Q_DECLARE_TR_FUNCTIONS(SubjectBatchWriter)
public:
    explicit SubjectBatchWriter(Workspace &workspace);

    // A new subject, given its id, UUID and times. The fields named (columns such as
    // "birth_date") came from source, as SubjectRepository::fieldSources then reports.
    Status insert(Subject &subject, DataSource source, const QStringList &fields);
    // A new measurement of the subject, with the z-scores computed for it.
    Status insert(const Subject &subject, Measurement &measurement);

private:
    Status checkTransaction() const;
    void stamp(Entity &entity);

    Workspace &m_workspace;
    QDateTime m_now;  // one time for every row: they are committed together
    QString m_nowText;
    SqliteStatement m_insertSubject;
    SqliteStatement m_insertMeasurement;
};
