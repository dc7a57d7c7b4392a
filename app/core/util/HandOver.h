#pragma once

#include <QString>

#include <optional>

// Runs another program of OtaDash in this one's place, with the same arguments: the dashboard hands a
// headless command to otadash-cli, otadash-cli hands `report` to its helper otadash-report.
namespace HandOver {

// Runs program with argv[1..argc) as main() received them (argv[0] becomes program). Unix: execv() replaces
// this process, so stdio, signals and the exit code are the caller's, and this returns only when program
// could not be started. Windows (no exec): a child on the same console and standard handles, waited for; its
// exit code is returned. nullopt when program could not be started, with the reason in *error.
std::optional<int> run(const QString &program, int argc, char *argv[], QString *error);

} // namespace HandOver
