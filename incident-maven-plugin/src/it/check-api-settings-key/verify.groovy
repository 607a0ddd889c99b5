// stop the mock server started by setup.groovy
def server = System.properties.remove("vigie.it.server." + basedir.name)
if (server != null) { server.stop(0) }

import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
assert log.contains('incidents from GitGuardian API http://127.0.0.1:')
assert log.contains('4 unresolved incidents for incubateur-demo/demo-startup: 1 critical, 1 high, 1 medium, 1 low')
assert log.contains('MojoFailureException')
assert !log.contains('ggtt-settings-it-FAKEKEY') : 'the key from settings.xml appears in build.log'
def requests = new File(basedir, 'requests.log').readLines()
assert requests.size() == 2 : "expected 2 requests, got ${requests}"
assert requests[0].startsWith('GET /exposed/v1/sources?search=incubateur-demo%2Fdemo-startup')
assert requests[1].startsWith('GET /exposed/v1/sources/12/incidents/secrets?')
assert requests.every { it.endsWith('auth=true') }
def json = new JsonSlurper().parse(new File(basedir, 'target/incident/incidents.json'))
assert json.counted == 4 && json.source.startsWith('GitGuardian API http://127.0.0.1:')
return true
