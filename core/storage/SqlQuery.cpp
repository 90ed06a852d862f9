#include "storage/SqlQuery.h"

#include "storage/Workspace.h"

#include <QSqlError>
#include <QSqlRecord>

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

QVariant SqlQuery::value(const QString &column) const
{
    if (m_columns.isEmpty()) {
        const QSqlRecord record = m_query->record();
        for (int i = record.count() - 1; i >= 0; --i)
            m_columns.insert(record.fieldName(i), i);  // the first of two equal names, as QSqlRecord::indexOf
    }
    // Other spellings (QSqlRecord compares without case, and knows table.column) as Qt finds them.
    const auto found = m_columns.constFind(column);
    return found == m_columns.cend() ? m_query->value(column) : m_query->value(found.value());
}

Status SqlQuery::exec()
{
    m_columns.clear();
    if (!m_prepared || !m_query->exec())
        return Error{tr("The workspace could not be read or changed: %1").arg(m_query->lastError().text())};
    return {};
}
