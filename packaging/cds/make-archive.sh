#!/bin/sh
# Builds the app's AppCDS archive (lib/app/app.jsa) where the app is installed.
#
# A JDK 17 archive holds the class path it was made for and is ignored when the app is started from
# any other folder, so it is made in place: by packaging/package.sh for dist/, and by the .deb's
# postinst for /opt. It needs no display: the classes to keep are listed in lib/app/app.classlist
# (recorded by a --smoke run when the app was packaged) and -Xshare:dump loads them without running
# the app. Takes a few seconds. Without an archive the app starts normally, only slower.
# Usage: make-archive.sh APP_DIR   (the folder holding bin/ and lib/)
set -eu
dir=$1
app=$dir/lib/app
java=$dir/lib/runtime/bin/java
cfg=$(ls "$app"/*.cfg | head -1)
# the class path exactly as the launcher builds it: the cfg's app.classpath lines, in order
class_path=$(sed -n 's/^app\.classpath=\$APPDIR\//'"$(printf '%s' "$app" | sed 's/[\/&]/\\&/g')"'\//p' "$cfg" | paste -sd: -)
rm -f "$app/app.jsa"
if ! "$java" -Xshare:dump -XX:SharedClassListFile="$app/app.classlist" -XX:SharedArchiveFile="$app/app.jsa" \
    -cp "$class_path" > "$app/app.jsa.log" 2>&1; then
  rm -f "$app/app.jsa"
  echo "AppCDS archive not made (the app starts without it); see $app/app.jsa.log" >&2
  exit 1
fi
rm -f "$app/app.jsa.log"
