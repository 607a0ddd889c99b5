def start = new GroovyShell(this.class.classLoader).evaluate(new File(basedir, '../../../src/it/shared/MockGitGuardian.groovy'))
def incidents = new File(basedir, '../../../src/it/shared/incidents-export.json').text
start(basedir, ['/exposed/v1/sources': [200, '[{"id":12,"type":"github","full_name":"incubateur-demo/demo-startup","url":"https://github.com/incubateur-demo/demo-startup","visibility":"private","open_incidents_count":4,"closed_incidents_count":2,"secret_incidents_breakdown":{"open_secret_incidents":{"total":4,"severity_breakdown":{"critical":1,"high":1,"medium":1,"low":1,"info":0,"unknown":0}}}}]'],
                '/exposed/v1/sources/12/incidents/secrets': [200, incidents]])
return true
