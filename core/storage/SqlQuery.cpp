#include "storage/SqlQuery.h"

#include "storage/Workspace.h"

#include <QSqlError>

SqlQuery::SqlQuery(const Workspace &workspace, const QString &sql)
    : m_own(std::in_place, workspace.database())
    , m_query(&*m_own)
{
    m_query->setForwardOnly(true);
    m_prepared = m_query->prepare(sql);
}

SqlQuery SqlQuery::reused(Workspace &workspace, const QString &sql)
{
    return SqlQuery(workspace.reusableStatement(sql));
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query->bindValue(placeholder, value);
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_prepared || !m_query->exec())
        return Error{tr("The workspace could not be read or changed: %1").arg(m_query->lastError().text())};
    return {};
}
