#include "storage/SqliteStatement.h"

#include <sqlite3.h>

SqliteStatement::SqliteStatement(sqlite3 *connection, const QByteArray &sql)
    : m_connection(connection)
{
    if (!m_connection)
        m_prepareError = tr("the workspace is not an SQLite database");
    else if (sqlite3_prepare_v3(m_connection, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_connection));
    m_texts.resize(std::size_t(sqlite3_bind_parameter_count(m_statement)) + 1);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindBuffer(int position)
{
    const std::string &text = m_texts[std::size_t(position)];
    sqlite3_bind_text(m_statement, position, text.data(), int(text.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int position, const QString &text)
{
    if (position <= 0 || std::size_t(position) >= m_texts.size())
        return;
    std::string &buffer = m_texts[std::size_t(position)];
    // Names, codes and dates are nearly always ASCII: copied character by character.
    const QChar *characters = text.constData();
    buffer.resize(std::size_t(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = characters[i].unicode();
        if (c >= 0x80) {
            const QByteArray utf8 = text.toUtf8();
            buffer.assign(utf8.constData(), std::size_t(utf8.size()));
            break;
        }
        buffer[std::size_t(i)] = char(c);
    }
    bindBuffer(position);
}

void SqliteStatement::bind(int position, const QDate &date)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid()) {
        bindNull(position);
    } else if (year < 1 || year > 9999) {
        bind(position, date.toString(Qt::ISODate));
    } else if (position > 0 && std::size_t(position) < m_texts.size()) {
        char text[10] = {char('0' + year / 1000), char('0' + year / 100 % 10), char('0' + year / 10 % 10), char('0' + year % 10), '-',
                         char('0' + month / 10), char('0' + month % 10), '-', char('0' + day / 10), char('0' + day % 10)};
        m_texts[std::size_t(position)].assign(text, sizeof text);
        bindBuffer(position);
    }
}

void SqliteStatement::bind(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position, value);
}

void SqliteStatement::bind(int position, double value)
{
    sqlite3_bind_double(m_statement, position, value);
}

void SqliteStatement::bind(int position, std::optional<double> value)
{
    if (value)
        bind(position, *value);
    else
        bindNull(position);
}

void SqliteStatement::bind(int position, std::optional<int> value)
{
    if (value)
        bind(position, qint64(*value));
    else
        bindNull(position);
}

void SqliteStatement::bindId(int position, qint64 id)
{
    if (id > 0)
        bind(position, id);
    else
        bindNull(position);
}

void SqliteStatement::bindNull(int position)
{
    sqlite3_bind_null(m_statement, position);
}

Status SqliteStatement::step()
{
    if (!m_statement)
        return Error{tr("The workspace could not be read or changed: %1").arg(m_prepareError)};
    const int result = sqlite3_step(m_statement);
    const QString message = result == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_connection));
    sqlite3_reset(m_statement);
    if (result != SQLITE_DONE)
        return Error{tr("The workspace could not be read or changed: %1").arg(message)};
    return {};
}

Result<qint64> SqliteStatement::integer()
{
    if (!m_statement)
        return Error{tr("The workspace could not be read or changed: %1").arg(m_prepareError)};
    const int result = sqlite3_step(m_statement);
    const qint64 value = sqlite3_column_int64(m_statement, 0);
    const QString message = result == SQLITE_ROW ? QString() : QString::fromUtf8(sqlite3_errmsg(m_connection));
    sqlite3_reset(m_statement);
    if (result != SQLITE_ROW)
        return Error{tr("The workspace could not be read or changed: %1").arg(message)};
    return value;
}

Result<bool> SqliteStatement::next()
{
    if (!m_statement)
        return Error{tr("The workspace could not be read or changed: %1").arg(m_prepareError)};
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    const QString message = result == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_connection));
    sqlite3_reset(m_statement);
    if (result != SQLITE_DONE)
        return Error{tr("The workspace could not be read or changed: %1").arg(message)};
    return false;
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER: return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
                                          sqlite3_column_bytes(m_statement, column)));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)), sqlite3_column_bytes(m_statement, column)));
    default: return QVariant();
    }
}

QVariant SqliteStatement::value(const QString &column) const
{
    if (m_columns.isEmpty()) {
        for (int i = sqlite3_column_count(m_statement) - 1; i >= 0; --i)
            m_columns.insert(QString::fromUtf8(sqlite3_column_name(m_statement, i)), i);
    }
    const auto found = m_columns.constFind(column);
    return found == m_columns.cend() ? QVariant() : value(found.value());
}

bool SqliteStatement::inTransaction() const
{
    return m_connection && !sqlite3_get_autocommit(m_connection);
}
