#!/usr/bin/env bash
# Builds an installable Ketamine Therapy Guide:
#   dist/KetamineTherapyGuide/          jpackage app-image (trimmed runtime with JavaFX linked in, AppCDS archive)
#   dist/ketamine-therapy-guide_*.deb   Debian package (Linux, when dpkg-deb and fakeroot exist)
# Usage: packaging/package.sh [--no-deb]
# Needs: JDK 17+ with jmods (jlink, jpackage), Maven; xvfb-run on a machine without a display (AppCDS training).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
want_deb=1
[ "${1:-}" = "--no-deb" ] && want_deb=0

JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
jmods="$JAVA_HOME/jmods"
[ -d "$jmods" ] || { echo "No jmods in $JAVA_HOME: install the JDK's jmods (Debian: openjdk-17-jmods)." >&2; exit 1; }

# the project version from the pom (jpackage wants plain digits: 1.0.0-SNAPSHOT -> 1.0.0)
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' pom.xml | head -1)
app_version=${version:-1.0.0}
echo "== building jar and collecting dependencies (version $app_version)"
rm -rf target/lib target/package dist
mvn -q -B -DskipTests package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/lib

fx_jars=$(ls target/lib/javafx-*-linux.jar 2>/dev/null || ls target/lib/javafx-*-[a-z]*.jar)
mkdir -p target/package/input target/package/fx
cp target/ketamine-therapy-guide-*.jar target/package/input/ketamine-therapy-guide.jar
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*) ;;                       # JavaFX goes into the runtime image, not the class path
    *) cp "$jar" target/package/input/ ;;
  esac
done
cp $fx_jars target/package/fx/

echo "== linking a trimmed runtime with JavaFX"
modules=java.base,java.desktop,java.logging,java.management,java.prefs,java.xml,jdk.unsupported
modules=$modules,javafx.base,javafx.graphics,javafx.controls,javafx.fxml
jlink --module-path "$jmods:target/package/fx" --add-modules "$modules" \
      --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive \
      --output target/package/runtime
# JavaFX's native libraries travel inside its jars; put them where the runtime loads them from,
# so the app never unpacks them into the user's home folder (a kiosk writes nothing).
for jar in target/package/fx/*.jar; do
  unzip -q -o -j "$jar" '*.so' -d target/package/runtime/lib 2>/dev/null || true
done

class_path=$(cd target/package/input && ls *.jar | tr '\n' ':' | sed 's/:$//')
# TieredStopAtLevel=1 and SerialGC start faster for a desktop app of this size; -UsePerfData keeps
# the JVM from writing its hsperfdata file to the temp folder (a kiosk writes nothing).
java_options=(
  "-Xshare:auto"
  "-XX:TieredStopAtLevel=1"
  "-XX:+UseSerialGC"
  "-XX:-UsePerfData"
)
jpackage_args=(--name KetamineTherapyGuide --app-version "$app_version"
  --vendor "Ketamine Therapy Guide project" --description "Plain-language guide to ketamine and esketamine treatment"
  --runtime-image target/package/runtime --input target/package/input
  --main-jar ketamine-therapy-guide.jar --main-class org.ketamineguide.Launcher)
for opt in "${java_options[@]}"; do jpackage_args+=(--java-options "$opt"); done

echo "== building the app-image"
mkdir -p dist
jpackage --type app-image --dest dist "${jpackage_args[@]}"
image=dist/KetamineTherapyGuide
cfg=$image/lib/app/KetamineTherapyGuide.cfg

echo "== recording the classes a --smoke run of the packaged app loads, for its AppCDS archive"
run_smoke() {
  if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a -s "-screen 0 1280x800x24" "$@"; fi
}
cp packaging/cds/make-archive.sh "$image/lib/app/"
echo 'java-options=-XX:DumpLoadedClassList=$APPDIR/app.classlist' >> "$cfg"
echo 'java-options=-Xshare:off' >> "$cfg"
run_smoke "$image/bin/KetamineTherapyGuide" --smoke
sed -i '/DumpLoadedClassList/d; /Xshare:off/d' "$cfg"
[ -s "$image/lib/app/app.classlist" ] || { echo "the --smoke run recorded no classes" >&2; exit 1; }
# proxies are made at run time and cannot be archived (the dump would only warn about them)
sed -i '/\$Proxy/d' "$image/lib/app/app.classlist"
# A static archive, made from that list without running the app: the .deb makes it again where it is
# installed (a JDK 17 archive is ignored when the app is started from another folder than it was made for).
echo "java-options=-XX:SharedArchiveFile=\$APPDIR/app.jsa" >> "$cfg"
"$image/lib/app/make-archive.sh" "$(pwd)/$image"
echo "   first frame with AppCDS: $(run_smoke "$image/bin/KetamineTherapyGuide" --smoke | grep first-frame-ms)"

if [ "$want_deb" = 1 ] && command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  echo "== building the .deb"
  # the archive made for dist/ is left out: the package's postinst makes one for where it is installed
  rm -rf target/package/deb-image && cp -a "$image" target/package/deb-image
  rm -f target/package/deb-image/lib/app/app.jsa
  jpackage --type deb --dest dist --app-image target/package/deb-image --name KetamineTherapyGuide \
    --app-version "$app_version" --resource-dir packaging/deb \
    --vendor "Ketamine Therapy Guide project" --description "Plain-language guide to ketamine and esketamine treatment" \
    --linux-package-name ketamine-therapy-guide --install-dir /opt --linux-app-category medical --linux-shortcut \
    --license-file LICENSE
fi

echo "== done"
du -sh "$image" | sed 's/^/app-image: /'
ls dist/*.deb >/dev/null 2>&1 && du -h dist/*.deb | sed 's/^/deb: /'
exit 0
