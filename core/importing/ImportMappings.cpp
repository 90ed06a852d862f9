#include "importing/ImportMappings.h"

#include "storage/SettingsRepository.h"

namespace {
const QString Prefix = QStringLiteral("import.mapping.");
}

QStringList ImportMappings::names() const
{
    QStringList names;
    const QMap<QString, QString> stored = SettingsRepository(m_workspace).values(Prefix);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        names << it.key().mid(Prefix.size());
    return names;
}

std::optional<ColumnMapping> ImportMappings::find(const QString &name, const QStringList &header) const
{
    const QString text = SettingsRepository(m_workspace).value(Prefix + name);
    if (text.isEmpty())
        return std::nullopt;
    return ColumnMapping::fromText(text, header);
}

Status ImportMappings::remember(const QString &name, const ColumnMapping &mapping, const QStringList &header)
{
    return SettingsRepository(m_workspace).setValue(Prefix + name, mapping.toText(header));
}
