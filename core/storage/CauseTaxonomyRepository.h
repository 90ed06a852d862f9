#pragma once

#include "Result.h"
#include "domain/CauseCategory.h"

#include <QCoreApplication>
#include <QList>

class Workspace;

// The taxonomy of causes a review ticks: reference data the district may extend.
class CauseTaxonomyRepository {
    Q_DECLARE_TR_FUNCTIONS(CauseTaxonomyRepository)
public:
    explicit CauseTaxonomyRepository(Workspace &workspace) : m_workspace(workspace) {}

    Result<QList<CauseCategory>> all() const;      // direct first, then by position
    Result<QList<CauseCategory>> offered() const;  // the same without the retired ones
    // A new cause without a code gets one made from its label; a new one goes after the others.
    Status save(CauseCategory &cause);
    Status save(QList<CauseCategory> &causes);  // all in one transaction, or none
    Status setRetired(qint64 id, bool retired);

private:
    Result<QList<CauseCategory>> read(bool withRetired) const;
    Workspace &m_workspace;
};
