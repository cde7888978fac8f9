// The fresh app that adds the JDBC store, its driver and the Guice module: they reach it, the test kit's JUnit and
// the driver it did not choose do not; run, it keeps its campus in the H2 file it names and the chains verify.
def tree = new File(basedir, 'dependency-tree.txt').getText('UTF-8')
['edu.yiban:yiban-store-jdbc:jar:', 'edu.yiban:yiban-guice:jar:', 'com.google.inject:guice:jar:', 'com.h2database:h2:jar:'].each { artifact ->
    assert tree.contains(artifact) : "$artifact is missing from the tree:\n$tree"
}
['org.postgresql', 'junit', 'net.jqwik'].each { group ->
    assert !tree.contains(group) : "$group reaches the app:\n$tree"
}

def classpath = new File(basedir, 'target/classes').path + File.pathSeparator + new File(basedir, 'classpath.txt').getText('UTF-8').trim()
def java = new File(System.getProperty('java.home'), 'bin/java').path
def file = new File(basedir, 'target/campus').path
def process = [java, '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Dstdout.encoding=UTF-8', '-cp', classpath, 'campus.OnDisk', file].execute(null, basedir)
def out = new ByteArrayOutputStream()
def err = new ByteArrayOutputStream()
process.waitForProcessOutput(out, err)
assert process.exitValue() == 0 : "OnDisk failed:\n${err.toString('UTF-8')}"
assert out.toString('UTF-8') == '1 college(s); verified: true\n' : out.toString('UTF-8')
assert new File(basedir, 'target/campus.mv.db').isFile()
true
