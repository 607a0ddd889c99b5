def log = new File(basedir, 'build.log').text
assert log.contains('Checking GitGuardian incidents of incubateur-demo/demo-startup-front (repository from git remote origin')
assert log.contains('4 unresolved incidents for incubateur-demo/demo-startup-front')
def json = new File(basedir, 'target/incident/incidents.json')
assert json.isFile() : 'reports go to ./target/incident without a pom'
assert new groovy.json.JsonSlurper().parse(json).repository == 'incubateur-demo/demo-startup-front'
return true
