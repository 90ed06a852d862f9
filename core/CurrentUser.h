#pragma once

#include <QString>

// Who is using Tuntas, for the records of internal copies printed: the operating system's user.
class CurrentUser {
public:
    static QString name()
    {
        for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
            const QString value = qEnvironmentVariable(variable).trimmed();
            if (!value.isEmpty())
                return value;
        }
        return QStringLiteral("?");
    }
};
