#include "storage/ForeignKeyGraph.h"

#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

Result<ForeignKeyGraph> ForeignKeyGraph::read(const Workspace &workspace)
{
    SqlQuery tables(workspace, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    if (Status status = tables.exec(); !status)
        return Error{status.error()};
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());

    ForeignKeyGraph graph;
    for (const QString &table : names) {
        SqlQuery keys(workspace, QStringLiteral("SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(:table)"));
        keys.bind(QStringLiteral(":table"), table);
        if (Status status = keys.exec(); !status)
            return Error{status.error()};
        while (keys.next()) {
            const QString to = keys.value(2).toString();
            if (!to.isEmpty() && to != QLatin1String("id"))
                continue;  // every reference in the schema is to an id; another kind is not followed
            graph.m_references.append({table, keys.value(1).toString(), keys.value(0).toString(),
                                       keys.value(3).toString().compare(QLatin1String("SET NULL"), Qt::CaseInsensitive) == 0});
        }
    }
    return graph;
}

QList<ForeignKeyGraph::Reference> ForeignKeyGraph::referencesTo(const QString &parent) const
{
    QList<Reference> found;
    for (const Reference &reference : m_references) {
        if (reference.parent == parent)
            found.append(reference);
    }
    return found;
}

QStringList ForeignKeyGraph::parentsFirst(const QStringList &tables) const
{
    QStringList ordered;
    QStringList waiting = tables;
    while (!waiting.isEmpty()) {
        bool placed = false;
        for (int i = 0; i < waiting.size(); ++i) {
            const QString &table = waiting.at(i);
            bool ready = true;
            for (const Reference &reference : m_references) {
                if (reference.table == table && reference.parent != table && waiting.contains(reference.parent))
                    ready = false;
            }
            if (ready) {
                ordered.append(waiting.takeAt(i));
                placed = true;
                break;
            }
        }
        if (!placed)
            ordered.append(waiting.takeFirst());
    }
    return ordered;
}
