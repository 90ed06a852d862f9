#pragma once

#include <QString>
#include <optional>

// Numbers as officers type them: "23,5" or "23.5", with spaces around; empty means not measured.
class DecimalText {
public:
    static std::optional<double> parse(const QString &text, bool *valid = nullptr)
    {
        const QString trimmed = text.trimmed();
        if (valid)
            *valid = true;
        if (trimmed.isEmpty())
            return std::nullopt;
        bool ok = false;
        const double value = QString(trimmed).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok) {
            if (valid)
                *valid = false;
            return std::nullopt;
        }
        return value;
    }
};
