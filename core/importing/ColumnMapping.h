#pragma once

#include "importing/ImportField.h"

#include <QMap>
#include <QStringList>

// Which column of a file holds which field. Proposed from the header by common e-PPGBM and Elsimil
// names in any case and spacing ("Tgl Lahir", "TB/PB", "Desa/Kelurahan"), then correctable.
class ColumnMapping {
public:
    static ColumnMapping propose(const QStringList &header);
    static QString normalised(const QString &header);

    int column(ImportField field) const { return m_columns.value(field, -1); }
    void set(ImportField field, int column);
    bool has(ImportField field) const { return column(field) >= 0; }
    // "field=column;..." to remember a mapping per source in the workspace's settings.
    QString toText() const;
    static ColumnMapping fromText(const QString &text);

private:
    QMap<ImportField, int> m_columns;
};
