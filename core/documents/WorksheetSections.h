#pragma once

#include "domain/WorksheetItem.h"

#include <QList>
#include <QString>

// A worksheet's items cut into its sections, in the order of the items' positions, each section
// with its letter ("A", "B" ...) as the printed KKA heads them.
struct WorksheetSection {
    QString letter;
    QString title;
    QList<WorksheetItem> items;
};

class WorksheetSections {
public:
    static QList<WorksheetSection> of(const QList<WorksheetItem> &items)
    {
        QList<WorksheetSection> sections;
        for (const WorksheetItem &item : items) {
            if (sections.isEmpty() || sections.last().title != item.section)
                sections.append({letter(int(sections.size())), item.section, {}});
            sections.last().items.append(item);
        }
        return sections;
    }

private:
    static QString letter(int index) { return index < 26 ? QString(QChar(u'A' + index)) : QString::number(index + 1); }
};
