#include "storage/SettingsRepository.h"

#include "storage/QueryRows.h"
#include "storage/TableWriter.h"
#include "storage/Workspace.h"

Result<WorkspaceSettings> SettingsRepository::load() const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM workspace_settings WHERE id = 1"));
    auto rows = QueryRows::list<WorkspaceSettings>(query, [](const SqlQuery &q, WorkspaceSettings &s) {
        s.province = q.value(QStringLiteral("province")).toString();
        s.regency = q.value(QStringLiteral("regency")).toString();
        s.regencyCode = q.value(QStringLiteral("regency_code")).toString();
        s.governmentName = q.value(QStringLiteral("government_name")).toString();
        s.officeName = q.value(QStringLiteral("office_name")).toString();
        s.letterheadLines = q.value(QStringLiteral("letterhead_lines")).toString();
        s.address = q.value(QStringLiteral("address")).toString();
        s.signingPlace = q.value(QStringLiteral("signing_place")).toString();
        s.logo = q.value(QStringLiteral("logo")).toByteArray();
        s.isDemo = q.value(QStringLiteral("is_demo")).toBool();
    });
    if (!rows)
        return Error{rows.error()};
    return rows->isEmpty() ? WorkspaceSettings{} : rows->first();
}

Status SettingsRepository::save(WorkspaceSettings &settings)
{
    return m_workspace.write([&]() -> Status {
        if (!settings.isStored()) {
            // The table holds exactly one row, id 1.
            SqlQuery exists(m_workspace, QStringLiteral("SELECT uuid, created_at FROM workspace_settings WHERE id = 1"));
            if (Status status = exists.exec(); !status)
                return status;
            if (exists.next()) {
                settings.id = 1;
            } else {
                SqlQuery insert(m_workspace, QStringLiteral("INSERT INTO workspace_settings (id, uuid, created_at, updated_at) "
                                                            "VALUES (1, :uuid, :now, :now)"));
                settings.uuid = settings.uuid.isEmpty() ? SqlValue::newUuid() : settings.uuid;
                insert.bind(QStringLiteral(":uuid"), settings.uuid).bind(QStringLiteral(":now"), SqlValue::from(SqlValue::now()));
                if (Status status = insert.exec(); !status)
                    return status;
                settings.id = 1;
            }
        }
        return TableWriter::save(m_workspace, QStringLiteral("workspace_settings"), settings,
                                 {{QStringLiteral("province"), settings.province},
                                  {QStringLiteral("regency"), settings.regency},
                                  {QStringLiteral("regency_code"), settings.regencyCode},
                                  {QStringLiteral("government_name"), settings.governmentName},
                                  {QStringLiteral("office_name"), settings.officeName},
                                  {QStringLiteral("letterhead_lines"), settings.letterheadLines},
                                  {QStringLiteral("address"), settings.address},
                                  {QStringLiteral("signing_place"), settings.signingPlace},
                                  {QStringLiteral("logo"), settings.logo.isEmpty() ? QVariant() : QVariant(settings.logo)},
                                  {QStringLiteral("is_demo"), settings.isDemo}});
    });
}

QString SettingsRepository::value(const QString &key, const QString &defaultValue) const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT value FROM setting WHERE key = :key"));
    query.bind(QStringLiteral(":key"), key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return defaultValue;
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    SqlQuery query(m_workspace, QStringLiteral("INSERT INTO setting (key, uuid, value, created_at, updated_at) "
                                               "VALUES (:key, :uuid, :value, :now, :now) "
                                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"));
    query.bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":uuid"), SqlValue::newUuid())
        .bind(QStringLiteral(":value"), value)
        .bind(QStringLiteral(":now"), SqlValue::from(SqlValue::now()));
    return query.exec();
}

QMap<QString, QString> SettingsRepository::values(const QString &prefix) const
{
    QMap<QString, QString> result;
    SqlQuery query(m_workspace, QStringLiteral("SELECT key, value FROM setting WHERE substr(key, 1, length(:prefix)) = :prefix"));
    query.bind(QStringLiteral(":prefix"), prefix);
    if (query.exec()) {
        while (query.next())
            result.insert(query.value(0).toString(), query.value(1).toString());
    }
    return result;
}
