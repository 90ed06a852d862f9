#include "FileDialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <optional>

namespace {
std::optional<QString> g_nextFileName;

std::optional<QString> takeNextFileName()
{
    std::optional<QString> name = g_nextFileName;
    g_nextFileName.reset();
    return name;
}

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
}

void FileDialog::setNextFileName(const QString &fileName)
{
    g_nextFileName = fileName;
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (auto next = takeNextFileName())
        return *next;
    return QFileDialog::getOpenFileName(parent, caption, documentsFolder(), filter);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &filter, const QString &suffix)
{
    QString name;
    if (auto next = takeNextFileName())
        name = *next;
    else
        name = QFileDialog::getSaveFileName(parent, caption, documentsFolder(), filter);
    if (!name.isEmpty() && QFileInfo(name).suffix().isEmpty())
        name += QLatin1Char('.') + suffix;
    return name;
}
