package org.lifelonglinks.system;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link ClusterReadyDriver} around the driver Boot makes, embedded database or external server alike. */
@Configuration(proxyBeanMethods = false)
class ClusterReadyDriverConfiguration {

    @Bean
    static BeanPostProcessor clusterReadyDriver() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof Driver driver && !(bean instanceof ClusterReadyDriver)
                        ? new ClusterReadyDriver(driver) : bean;
            }
        };
    }
}
