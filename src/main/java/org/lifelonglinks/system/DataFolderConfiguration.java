package org.lifelonglinks.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Secures the data folder before anyone can use it: every user of the folder (the embedded database, the search
 * index, uploads) is handed {@link StorageProperties}, so the check runs as that bean is made. Once the service is
 * up, the files the database and the index created are made owner-only.
 */
@Configuration(proxyBeanMethods = false)
class DataFolderConfiguration {

    @Bean
    static BeanPostProcessor dataFolderCheck() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof StorageProperties storage) {
                    DataFolder.prepare(storage);
                }
                return bean;
            }
        };
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> dataFolderTightened(StorageProperties storage) {
        return event -> DataFolder.tighten(storage.dataDir());
    }
}
