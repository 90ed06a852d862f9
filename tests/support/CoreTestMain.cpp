#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Language.h"

#include <QGuiApplication>

// Core and CLI tests run in English, so that messages can be asserted in the source language.
// A QGuiApplication (offscreen) because the documents of core/documents lay out text with fonts.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    Language::apply(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
