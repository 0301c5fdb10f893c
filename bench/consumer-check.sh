#!/usr/bin/env bash
# What a library user gets: installs the artifact, then builds a throwaway Maven project whose only dependency is
# xxgk-report, compiles the README's first Java example unchanged, runs it on every testdata format and prints its
# stderr (expected: nothing), the dependency tree and the total size of the jars it received (at most 30 MiB), and
# checks that the versions it received are the ones this project tests with.
#
#   bench/consumer-check.sh            (from the project root; needs network or a filled ~/.m2)
set -euo pipefail
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$(mvn -B -ntp -q help:evaluate -Dexpression=project.version -DforceStdout -Dstyle.color=never | sed "s/\x1b\[[0-9;]*m//g")

mvn -B -ntp -q install -DskipTests
mkdir -p "$work/src/main/java"
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>consumer</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency>
      <groupId>io.github.xxgk</groupId>
      <artifactId>xxgk-report</artifactId>
      <version>$version</version>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.14.1</version>
      </plugin>
    </plugins>
  </build>
</project>
POM
awk '/^```java$/{n++; next} /^```$/{if (n == 1) exit} n == 1' README.md > "$work/src/main/java/ReadOneReport.java"
(cd "$work" && mvn -B -ntp -q compile dependency:build-classpath -Dmdep.outputFile=cp.txt)
(cd "$work" && mvn -B -ntp dependency:tree | grep -E '^\[INFO\] [|+\\ ]')

cp="$work/target/classes:$(cat "$work/cp.txt")"
for file in testdata/reports/wuzhong-civil-affairs-2021.txt testdata/renderings/wuzhong-civil-affairs-2021.*; do
    mkdir -p "$work/run/testdata/reports"
    cp "$file" "$work/run/testdata/reports/wuzhong-civil-affairs-2021.txt"
    (cd "$work/run" && java -cp "$cp" ReadOneReport > out.txt 2> err.txt)
    printf '%-60s stdout (%s lines): %s; stderr: %s bytes\n' "$file" "$(wc -l < "$work/run/out.txt")" \
        "$(head -1 "$work/run/out.txt")" "$(wc -c < "$work/run/err.txt")"
done

total=$(tr ':' '\n' < "$work/cp.txt" | xargs du -cb | tail -1 | cut -f1)
echo "dependencies received: $(tr ':' '\n' < "$work/cp.txt" | wc -l) jars, $((total / 1024 / 1024)) MiB ($total bytes)"
mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile="$work/tested.txt" -DincludeScope=runtime \
    -DexcludeArtifactIds=picocli,progressbar,jline-terminal,jline-native,log4j-to-slf4j,slf4j-nop,slf4j-api,echarts
diff <(tr ':' '\n' < "$work/tested.txt" | xargs -n1 basename | sort) \
     <(tr ':' '\n' < "$work/cp.txt" | xargs -n1 basename | grep -v "^xxgk-report-" | sort) && echo "the versions received are the ones tested"
cd "$root"
