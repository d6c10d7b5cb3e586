#!/usr/bin/env bash
# Makes Descent installable: a self-contained app image (its own Java runtime, made by jlink; no Java needed by the
# user) and, where the platform's packaging tools are, an installer: a .deb on Debian and Ubuntu (dpkg-deb and
# fakeroot), with the icon painted by descent.app.AppIcon and a desktop entry in the applications menu.
#   bash scripts/dist.sh [-j JAR] [--image-only]
# -j: the runnable jar (default target/descent.jar, built with Maven if missing); --image-only: no installer.
# Also run by `mvn -Pdist package`. Out: target/dist/image/Descent (run bin/Descent) and target/dist/*.deb.
# Needs a JDK 17+ with jlink and jpackage (JAVA_HOME, else the java on the PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/descent.jar
installer=yes
while (($#)); do
    case $1 in
        -j) jar=$2; shift 2 ;;
        --image-only) installer=no; shift ;;
        *) echo "usage: dist.sh [-j JAR] [--image-only]" >&2; exit 2 ;;
    esac
done
if [[ -n ${JAVA_HOME:-} ]]; then
    bin=$JAVA_HOME/bin
else
    bin=$(dirname "$(readlink -f "$(command -v java)")")
fi
for tool in java jlink jpackage; do
    [[ -x $bin/$tool ]] || { echo "dist.sh: needs $tool from a JDK 17 or later (set JAVA_HOME)" >&2; exit 1; }
done
[[ -f $jar ]] || mvn -B -q package -DskipTests
version=$(sed -n 's|^    <version>\([0-9.]*\).*</version>|\1|p' pom.xml | head -1)
out=target/dist
rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/descent.jar"

# The icon, drawn by the frame painter: 256 pixels for the menus and the window list.
"$bin/java" -Djava.awt.headless=true -cp "$jar" descent.app.AppIcon "$out/descent.png" 256

# The runtime: only the JDK modules the jar uses (`jdeps --print-module-deps --ignore-missing-deps --multi-release 17`
# on the jar), with a class-data-sharing archive of the JDK's own classes.
modules=java.base,java.desktop,java.management,java.prefs,java.sql,jdk.jfr,jdk.unsupported
"$bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
    --generate-cds-archive --output "$out/runtime"

# C1 only: on a laptop's two to four cores the C2 compiler keeps one busy for the first half-minute, and the window
# starts and answers faster without it (as with `mvn javafx:run`). The class-data-sharing archive of the app's own
# classes (below) is read if it is there and fits: -Xshare:auto starts without it otherwise, and -Xlog:cds...=off keeps
# Java's warning that it did not fit (written to standard output) out of the commands' output. The launcher replaces
# $APPDIR with the image's lib/app folder, wherever the image is.
common=(--name Descent --app-version "$version" --vendor "Descent" --icon "$out/descent.png"
    --description "Deep-learning optimizers racing across loss surfaces")
"$bin/jpackage" --type app-image "${common[@]}" --input "$out/input" --main-jar descent.jar \
    --main-class descent.app.Main --runtime-image "$out/runtime" --java-options -XX:TieredStopAtLevel=1 \
    --java-options '-XX:SharedArchiveFile=$APPDIR/descent.jsa' --java-options -Xshare:auto \
    --java-options -Xlog:cds=off,cds+dynamic=off --dest "$out/image"
image=$(cd "$out/image/Descent" && pwd)

# The archive: the classes loaded up to the first frame (JavaFX's, the theme's, the app's), dumped when the image's
# Java, started as the launcher starts it, exits at its first frame. It needs a screen: an X server of its own when
# xvfb-run is here, else the builder's display. On Java 17 the archive names the jar by its absolute path, so it
# serves this image where it was made; a copy elsewhere (the installed .deb) starts without it.
dump=("$image/lib/runtime/bin/java" -XX:TieredStopAtLevel=1 "-XX:ArchiveClassesAtExit=$image/lib/app/descent.jsa"
    -Ddescent.start=exit -cp "$image/lib/app/descent.jar" descent.app.Main)
if command -v xvfb-run >/dev/null; then
    timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" "${dump[@]}" >/dev/null 2>"$out/archive.log" || true
elif [[ -n ${DISPLAY:-} ]]; then
    timeout 300 "${dump[@]}" >/dev/null 2>"$out/archive.log" || true
fi
if [[ -s $image/lib/app/descent.jsa ]]; then
    echo "dist.sh: class-data-sharing archive $image/lib/app/descent.jsa"
else
    rm -f "$image/lib/app/descent.jsa"
    echo "dist.sh: warning: no screen here (no xvfb-run, no DISPLAY) or the start failed ($out/archive.log):" \
        "the app image starts without an archive of its classes" >&2
fi
echo "dist.sh: app image $out/image/Descent (run $out/image/Descent/bin/Descent)"

if [[ $installer == no ]]; then
    exit 0
fi
if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
    # Installed under /opt/descent, with /opt/descent/bin/Descent and a desktop entry in the Education menu, put
    # there by src/dist/deb/postinst. JavaFX opens GTK 3 at run time, which the package tools cannot see: it is
    # named here.
    # Without the archive, which could not serve /opt/descent (it names the jar where it was made).
    rm -rf "$out/deb-image"
    cp -a "$out/image" "$out/deb-image"
    rm -f "$out/deb-image/Descent/lib/app/descent.jsa"
    "$bin/jpackage" --type deb "${common[@]}" --app-image "$out/deb-image/Descent" --dest "$out" \
        --linux-package-name descent --linux-app-category science --linux-menu-group "Education;Science;" \
        --linux-shortcut --resource-dir src/dist/deb --linux-package-deps "libgtk-3-0 | libgtk-3-0t64"
    rm -rf "$out/deb-image"
    ls "$out"/*.deb
else
    echo "dist.sh: no dpkg-deb and fakeroot here: made the app image only. On Windows (WiX 3) and macOS," \
        "run jpackage --type msi or dmg the same way (docs/install.md)." >&2
fi
