#pragma once

#include "domain/DataSource.h"
#include "domain/TargetGroup.h"
#include "importing/ImportLookup.h"
#include "importing/ImportPlan.h"
#include "importing/ImportRunner.h"
#include "importing/ImportTable.h"

#include <QHash>
#include <QWizard>

class Workspace;

// Import of a CSV or Excel export (e-PPGBM, Elsimil, PK, KIA): file and target group, column
// mapping, a preview of every row as it will be stored with its problems, the duplicates side by
// side, then all rows stored at once on Finish, or none.
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, PreviewPage, DuplicatesPage, ConfirmPage };

    explicit ImportWizard(Workspace &workspace, QWidget *parent = nullptr);

    Workspace &workspace() const { return m_workspace; }
    // The file as read, and the rows as they would be stored; filled as the user goes on.
    ImportTable &table() { return m_table; }
    ImportPlan &plan() { return m_plan; }
    TargetGroup group() const { return m_group; }
    DataSource source() const { return m_source; }
    void setFile(const QString &path, TargetGroup group, DataSource source);
    QString path() const { return m_path; }
    // Checks every row with this mapping, on another thread; false (after saying why) when the
    // mapping lacks a required column or the user cancelled.
    bool buildPlan(const ColumnMapping &mapping);
    bool skipRejected() const { return m_skipRejected; }
    void setSkipRejected(bool skip) { m_skipRejected = skip; }
    bool rememberMapping() const { return m_rememberMapping; }
    void setRememberMapping(bool remember) { m_rememberMapping = remember; }
    const QHash<qint64, QString> &desaNames() const { return m_desaNames; }
    QString desaName(qint64 id) const { return m_desaNames.value(id); }
    QString posyanduName(qint64 id) const { return m_posyanduNames.value(id); }

    // What Finish stored, for the caller to report.
    ImportRunner::Counts counts() const { return m_counts; }

    int nextId() const override;
    void accept() override;
    void reject() override;

private:
    Workspace &m_workspace;
    QString m_path;
    TargetGroup m_group = TargetGroup::Baduta;
    DataSource m_source = DataSource::Eppgbm;
    ImportTable m_table;
    ImportPlan m_plan;
    bool m_skipRejected = false;
    bool m_rememberMapping = true;
    QHash<qint64, QString> m_desaNames;
    QHash<qint64, QString> m_posyanduNames;
    ImportRunner::Counts m_counts;
};
