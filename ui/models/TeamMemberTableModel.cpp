#include "models/TeamMemberTableModel.h"

void TeamMemberTableModel::setNames(const QMap<qint64, QString> &agencies, const QMap<qint64, QString> &places)
{
    m_agencies = agencies;
    m_places = places;
}

QStringList TeamMemberTableModel::headers() const
{
    return {tr("Name"), tr("Role"), tr("Agency"), tr("Area")};
}

QVariant TeamMemberTableModel::display(const DraftMember &row, int column) const
{
    switch (column) {
    case Name: return row.person.fullName();
    case Role: return enumName(row.role);
    case Agency: return m_agencies.value(row.person.agencyId);
    case Area: return row.desaId ? m_places.value(row.desaId) : QString();
    }
    return {};
}
