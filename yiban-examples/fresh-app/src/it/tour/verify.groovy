// The fresh app that names only yiban-sdk: none of the optional artifacts' libraries reach it, and the tour,
// run on the classpath Maven resolved, prints what README says it prints and logs its start-up through SLF4J.
def tree = new File(basedir, 'dependency-tree.txt').getText('UTF-8')
assert tree.contains('edu.yiban:yiban-sdk:jar:') : "yiban-sdk is missing from the tree:\n$tree"
['com.google.inject', 'com.h2database', 'org.postgresql', 'junit', 'net.jqwik'].each { group ->
    assert !tree.contains(group) : "$group reaches an app that names only yiban-sdk:\n$tree"
}

def run = { String main ->
    def classpath = new File(basedir, 'target/classes').path + File.pathSeparator + new File(basedir, 'classpath.txt').getText('UTF-8').trim()
    def java = new File(System.getProperty('java.home'), 'bin/java').path
    def process = [java, '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Dstdout.encoding=UTF-8', '-Dfile.encoding=UTF-8', '-cp', classpath, main].execute(null, basedir)
    def out = new ByteArrayOutputStream()
    def err = new ByteArrayOutputStream()
    process.waitForProcessOutput(out, err)
    assert process.exitValue() == 0 : "$main failed:\n${err.toString('UTF-8')}"
    [out.toString('UTF-8'), err.toString('UTF-8')]
}

def (printed, logged) = run('campus.Tour')
def readmeText = new File(readme).getText('UTF-8')
def block = readmeText =~ /(?s)It prints:\s*```text\n(.*?)```/
assert block.find() : 'README.md has no "It prints:" block'
assert printed == block.group(1) : "the tour printed\n$printed\nbut README says\n${block.group(1)}"
assert logged.contains('INFO') : "no start-up log on stderr with slf4j-simple:\n$logged"
true
