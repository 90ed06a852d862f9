#pragma once

#include "audit/TeamDraft.h"
#include "models/RowTableModel.h"

#include <QMap>

// The members of a team being formed: name with titles, role, agency, area.
class TeamMemberTableModel : public RowTableModel<DraftMember> {
    Q_OBJECT
public:
    enum Column { Name, Role, Agency, Area };
    explicit TeamMemberTableModel(QObject *parent = nullptr) : RowTableModel(parent) {}
    void setNames(const QMap<qint64, QString> &agencies, const QMap<qint64, QString> &places);

protected:
    QStringList headers() const override;
    QVariant display(const DraftMember &row, int column) const override;

private:
    QMap<qint64, QString> m_agencies;
    QMap<qint64, QString> m_places;  // desa names by id
};
