#!/bin/sh
# The qmllint check (CTest `qmllint`, client-qml/app/CMakeLists.txt): runs the qmllint command
# line it is given and fails on anything it reports — a warning, or an info such as an unused
# import — so the app's QML stays clean as it changes. Prints what qmllint said.
out=$("$@" 2>&1)
status=$?
if [ -n "$out" ]; then
    printf '%s\n' "$out"
    echo "qmllint: $(printf '%s\n' "$out" | grep -c '^Warning') warning(s), $(printf '%s\n' "$out" | grep -c '^Info') info(s)"
    exit 1
fi
exit $status
