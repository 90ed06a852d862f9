#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

class Workspace;

// The foreign keys of the workspace's schema, read from SQLite itself, so that code walking from a
// row to the rows that refer to it needs no change when a table or column is added.
class ForeignKeyGraph {
public:
    struct Reference {
        QString table;   // the referring table
        QString column;  // its column holding the parent's id
        QString parent;  // the referred table (by its id)
        bool setsNull = false;  // ON DELETE SET NULL: the referring row stays
    };

    static Result<ForeignKeyGraph> read(const Workspace &workspace);

    QList<Reference> referencesTo(const QString &parent) const;
    // The given tables ordered so that a table comes after every table it refers to (self-references
    // aside); tables in a loop keep their given order.
    QStringList parentsFirst(const QStringList &tables) const;

private:
    QList<Reference> m_references;
};
