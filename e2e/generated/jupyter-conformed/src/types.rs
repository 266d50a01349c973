// This file is generated from e2e/specs/jupyter.yaml with the overlay e2e/specs/jupyter-conformed.overlay.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The API's data types.
/// Notebook server API status.
/// Added in notebook 5.0.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ApiStatus {
    /// ISO8601 timestamp indicating when the notebook server started.
    pub started: Option<String>,
    /// ISO8601 timestamp indicating the last activity on the server,
    /// either on the REST API or kernel activity.
    pub last_activity: Option<String>,
    /// The total number of currently open connections to kernels.
    pub connections: Option<f64>,
    /// The total number of running kernels.
    pub kernels: Option<f64>,
}

impl ApiStatus {
    /// ISO8601 timestamp indicating when the notebook server started.
    pub fn started(mut self, value: impl Into<String>) -> Self {
        self.started = Some(value.into());
        self
    }

    /// ISO8601 timestamp indicating the last activity on the server,
    /// either on the REST API or kernel activity.
    pub fn last_activity(mut self, value: impl Into<String>) -> Self {
        self.last_activity = Some(value.into());
        self
    }

    /// The total number of currently open connections to kernels.
    pub fn connections(mut self, value: impl Into<f64>) -> Self {
        self.connections = Some(value.into());
        self
    }

    /// The total number of running kernels.
    pub fn kernels(mut self, value: impl Into<f64>) -> Self {
        self.kernels = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for ApiStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "started", &self.started)?;
        codegen_runtime::model::present(&mut map, "last_activity", &self.last_activity)?;
        codegen_runtime::model::present(&mut map, "connections", &self.connections)?;
        codegen_runtime::model::present(&mut map, "kernels", &self.kernels)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`ApiStatus`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ApiStatusSlots {
    started: Option<Option<String>>,
    last_activity: Option<Option<String>>,
    connections: Option<Option<f64>>,
    kernels: Option<Option<f64>>,
}

impl codegen_runtime::model::Object for ApiStatus {
    const NAME: &'static str = "ApiStatus";
    type Slots = __ApiStatusSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "started" => codegen_runtime::model::set(map, &mut slots.started, "started"),
            "last_activity" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.last_activity,
                    "last_activity",
                )
            }
            "connections" => {
                codegen_runtime::model::set(map, &mut slots.connections, "connections")
            }
            "kernels" => codegen_runtime::model::set(map, &mut slots.kernels, "kernels"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            started: slots.started.flatten(),
            last_activity: slots.last_activity.flatten(),
            connections: slots.connections.flatten(),
            kernels: slots.kernels.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for ApiStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The identity of the currently authenticated user
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Identity {
    /// Unique string identifying the user
    pub username: Option<String>,
    /// For-humans name of the user.
    /// May be the same as `username` in systems where
    /// only usernames are available.
    pub name: Option<String>,
    /// Alternate rendering of name for display.
    /// Often the same as `name`.
    pub display_name: Option<String>,
    /// Short string of initials.
    /// Initials should not be derived automatically due to localization issues.
    /// May be `null` if unavailable.
    pub initials: Option<String>,
    /// URL of an avatar to be used for the user.
    /// May be `null` if unavailable.
    pub avatar_url: Option<String>,
    /// A CSS color string to use as a preferred color,
    /// such as for collaboration cursors.
    /// May be `null` if unavailable.
    pub color: Option<String>,
}

impl Identity {
    /// Unique string identifying the user
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.username = Some(value.into());
        self
    }

    /// For-humans name of the user.
    /// May be the same as `username` in systems where
    /// only usernames are available.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Alternate rendering of name for display.
    /// Often the same as `name`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }

    /// Short string of initials.
    /// Initials should not be derived automatically due to localization issues.
    /// May be `null` if unavailable.
    pub fn initials(mut self, value: impl Into<String>) -> Self {
        self.initials = Some(value.into());
        self
    }

    /// URL of an avatar to be used for the user.
    /// May be `null` if unavailable.
    pub fn avatar_url(mut self, value: impl Into<String>) -> Self {
        self.avatar_url = Some(value.into());
        self
    }

    /// A CSS color string to use as a preferred color,
    /// such as for collaboration cursors.
    /// May be `null` if unavailable.
    pub fn color(mut self, value: impl Into<String>) -> Self {
        self.color = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Identity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "username", &self.username)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "display_name", &self.display_name)?;
        codegen_runtime::model::present(&mut map, "initials", &self.initials)?;
        codegen_runtime::model::present(&mut map, "avatar_url", &self.avatar_url)?;
        codegen_runtime::model::present(&mut map, "color", &self.color)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Identity`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __IdentitySlots {
    username: Option<Option<String>>,
    name: Option<Option<String>>,
    display_name: Option<Option<String>>,
    initials: Option<Option<String>>,
    avatar_url: Option<Option<String>>,
    color: Option<Option<String>>,
}

impl codegen_runtime::model::Object for Identity {
    const NAME: &'static str = "Identity";
    type Slots = __IdentitySlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "username" => {
                codegen_runtime::model::set(map, &mut slots.username, "username")
            }
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "display_name" => {
                codegen_runtime::model::set(map, &mut slots.display_name, "display_name")
            }
            "initials" => {
                codegen_runtime::model::set(map, &mut slots.initials, "initials")
            }
            "avatar_url" => {
                codegen_runtime::model::set(map, &mut slots.avatar_url, "avatar_url")
            }
            "color" => codegen_runtime::model::set(map, &mut slots.color, "color"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            username: slots.username.flatten(),
            name: slots.name.flatten(),
            display_name: slots.display_name.flatten(),
            initials: slots.initials.flatten(),
            avatar_url: slots.avatar_url.flatten(),
            color: slots.color.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Identity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A dict of the form: `{"resource": ["action",]}`
/// containing only the AUTHORIZED subset of resource+actions
/// from the permissions specified in the request.
/// If no permission checks were made in the request,
/// this will be empty.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Permissions {
    /// Properties not named by the schema.
    pub additional_properties: std::collections::BTreeMap<String, Vec<String>>,
}

impl Permissions {}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Permissions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::others(&mut map, &self.additional_properties)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Permissions`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PermissionsSlots {
    additional_properties: std::collections::BTreeMap<String, Vec<String>>,
}

impl codegen_runtime::model::Object for Permissions {
    const NAME: &'static str = "Permissions";
    const KEEPS_OTHERS: bool = true;

    fn store_other<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: String,
        map: &mut A,
    ) -> Result<(), A::Error> {
        codegen_runtime::model::insert(map, &mut slots.additional_properties, key)
    }
    type Slots = __PermissionsSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        _slots: &mut Self::Slots,
        _key: &str,
        _map: &mut A,
    ) -> Result<bool, A::Error> {
        Ok(false)
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            additional_properties: slots.additional_properties,
        })
    }
}

impl<'de> serde::Deserialize<'de> for Permissions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/components/schemas/KernelSpecFile/properties/help_links/items`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct KernelSpecFileHelpLinksItem {
    /// menu item link text
    pub text: String,
    /// menu item link url
    ///
    /// Constraints: format `URL`.
    pub url: String,
}

impl KernelSpecFileHelpLinksItem {
    /// A `KernelSpecFileHelpLinksItem` with its required fields; set the optional ones with the methods named after them.
    pub fn new(text: impl Into<String>, url: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            url: url.into(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for KernelSpecFileHelpLinksItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "text", &self.text)?;
        codegen_runtime::model::entry(&mut map, "url", &self.url)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`KernelSpecFileHelpLinksItem`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __KernelSpecFileHelpLinksItemSlots {
    text: Option<String>,
    url: Option<String>,
}

impl codegen_runtime::model::Object for KernelSpecFileHelpLinksItem {
    const NAME: &'static str = "KernelSpecFileHelpLinksItem";
    type Slots = __KernelSpecFileHelpLinksItemSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "text" => codegen_runtime::model::set(map, &mut slots.text, "text"),
            "url" => codegen_runtime::model::set(map, &mut slots.url, "url"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            text: codegen_runtime::model::required(slots.text, "text")?,
            url: codegen_runtime::model::required(slots.url, "url")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for KernelSpecFileHelpLinksItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Kernel spec json file
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct KernelSpecFile {
    /// The programming language which this kernel runs. This will be stored in notebook metadata.
    pub language: String,
    /// A list of command line arguments used to start the kernel. The text `{connection_file}` in any argument will be replaced with the path to the connection file.
    pub argv: Vec<String>,
    /// The kernel's name as it should be displayed in the UI. Unlike the kernel name used in the API, this can contain arbitrary unicode characters.
    pub display_name: String,
    /// Codemirror mode.  Can be a string *or* an valid Codemirror mode object.  This defaults to the string from the `language` property.
    pub codemirror_mode: Option<String>,
    /// A dictionary of environment variables to set for the kernel. These will be added to the current environment variables.
    pub env: Option<std::collections::BTreeMap<String, String>>,
    /// Help items to be displayed in the help menu in the notebook UI.
    pub help_links: Option<Vec<KernelSpecFileHelpLinksItem>>,
}

impl KernelSpecFile {
    /// A `KernelSpecFile` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        language: impl Into<String>,
        argv: impl IntoIterator<Item = impl Into<String>>,
        display_name: impl Into<String>,
    ) -> Self {
        Self {
            language: language.into(),
            argv: argv.into_iter().map(Into::into).collect(),
            display_name: display_name.into(),
            codemirror_mode: None,
            env: None,
            help_links: None,
        }
    }

    /// Codemirror mode.  Can be a string *or* an valid Codemirror mode object.  This defaults to the string from the `language` property.
    pub fn codemirror_mode(mut self, value: impl Into<String>) -> Self {
        self.codemirror_mode = Some(value.into());
        self
    }

    /// A dictionary of environment variables to set for the kernel. These will be added to the current environment variables.
    pub fn env(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.env = Some(value.into());
        self
    }

    /// Help items to be displayed in the help menu in the notebook UI.
    pub fn help_links(
        mut self,
        value: impl IntoIterator<Item = impl Into<KernelSpecFileHelpLinksItem>>,
    ) -> Self {
        self.help_links = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for KernelSpecFile {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "language", &self.language)?;
        codegen_runtime::model::entry(&mut map, "argv", &self.argv)?;
        codegen_runtime::model::entry(&mut map, "display_name", &self.display_name)?;
        codegen_runtime::model::present(
            &mut map,
            "codemirror_mode",
            &self.codemirror_mode,
        )?;
        codegen_runtime::model::present(&mut map, "env", &self.env)?;
        codegen_runtime::model::present(&mut map, "help_links", &self.help_links)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`KernelSpecFile`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __KernelSpecFileSlots {
    language: Option<String>,
    argv: Option<Vec<String>>,
    display_name: Option<String>,
    codemirror_mode: Option<Option<String>>,
    env: Option<Option<std::collections::BTreeMap<String, String>>>,
    help_links: Option<Option<Vec<KernelSpecFileHelpLinksItem>>>,
}

impl codegen_runtime::model::Object for KernelSpecFile {
    const NAME: &'static str = "KernelSpecFile";
    type Slots = __KernelSpecFileSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "language" => {
                codegen_runtime::model::set(map, &mut slots.language, "language")
            }
            "argv" => codegen_runtime::model::set(map, &mut slots.argv, "argv"),
            "display_name" => {
                codegen_runtime::model::set(map, &mut slots.display_name, "display_name")
            }
            "codemirror_mode" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.codemirror_mode,
                    "codemirror_mode",
                )
            }
            "env" => codegen_runtime::model::set(map, &mut slots.env, "env"),
            "help_links" => {
                codegen_runtime::model::set(map, &mut slots.help_links, "help_links")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            language: codegen_runtime::model::required(slots.language, "language")?,
            argv: codegen_runtime::model::required(slots.argv, "argv")?,
            display_name: codegen_runtime::model::required(
                slots.display_name,
                "display_name",
            )?,
            codemirror_mode: slots.codemirror_mode.flatten(),
            env: slots.env.flatten(),
            help_links: slots.help_links.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for KernelSpecFile {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/components/schemas/KernelSpec/properties/resources`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct KernelSpecResources {
    /// path for kernel.js file
    ///
    /// Constraints: format `filename`.
    pub kernel_js: Option<String>,
    /// path for kernel.css file
    ///
    /// Constraints: format `filename`.
    pub kernel_css: Option<String>,
    /// path for logo file.  Logo filenames are of the form `logo-widthxheight`
    ///
    /// Constraints: format `filename`.
    pub logo: Option<String>,
    /// `logo-svg`
    pub logo_svg: Option<String>,
    /// `logo-64x64`
    pub logo_64x64: Option<String>,
    /// `logo-32x32`
    pub logo_32x32: Option<String>,
}

impl KernelSpecResources {
    /// path for kernel.js file
    pub fn kernel_js(mut self, value: impl Into<String>) -> Self {
        self.kernel_js = Some(value.into());
        self
    }

    /// path for kernel.css file
    pub fn kernel_css(mut self, value: impl Into<String>) -> Self {
        self.kernel_css = Some(value.into());
        self
    }

    /// path for logo file.  Logo filenames are of the form `logo-widthxheight`
    pub fn logo(mut self, value: impl Into<String>) -> Self {
        self.logo = Some(value.into());
        self
    }

    /// Sets `logo-svg`.
    pub fn logo_svg(mut self, value: impl Into<String>) -> Self {
        self.logo_svg = Some(value.into());
        self
    }

    /// Sets `logo-64x64`.
    pub fn logo_64x64(mut self, value: impl Into<String>) -> Self {
        self.logo_64x64 = Some(value.into());
        self
    }

    /// Sets `logo-32x32`.
    pub fn logo_32x32(mut self, value: impl Into<String>) -> Self {
        self.logo_32x32 = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for KernelSpecResources {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "kernel.js", &self.kernel_js)?;
        codegen_runtime::model::present(&mut map, "kernel.css", &self.kernel_css)?;
        codegen_runtime::model::present(&mut map, "logo-*", &self.logo)?;
        codegen_runtime::model::present(&mut map, "logo-svg", &self.logo_svg)?;
        codegen_runtime::model::present(&mut map, "logo-64x64", &self.logo_64x64)?;
        codegen_runtime::model::present(&mut map, "logo-32x32", &self.logo_32x32)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`KernelSpecResources`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __KernelSpecResourcesSlots {
    kernel_js: Option<Option<String>>,
    kernel_css: Option<Option<String>>,
    logo: Option<Option<String>>,
    logo_svg: Option<Option<String>>,
    logo_64x64: Option<Option<String>>,
    logo_32x32: Option<Option<String>>,
}

impl codegen_runtime::model::Object for KernelSpecResources {
    const NAME: &'static str = "KernelSpecResources";
    type Slots = __KernelSpecResourcesSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "kernel.js" => {
                codegen_runtime::model::set(map, &mut slots.kernel_js, "kernel.js")
            }
            "kernel.css" => {
                codegen_runtime::model::set(map, &mut slots.kernel_css, "kernel.css")
            }
            "logo-*" => codegen_runtime::model::set(map, &mut slots.logo, "logo-*"),
            "logo-svg" => {
                codegen_runtime::model::set(map, &mut slots.logo_svg, "logo-svg")
            }
            "logo-64x64" => {
                codegen_runtime::model::set(map, &mut slots.logo_64x64, "logo-64x64")
            }
            "logo-32x32" => {
                codegen_runtime::model::set(map, &mut slots.logo_32x32, "logo-32x32")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            kernel_js: slots.kernel_js.flatten(),
            kernel_css: slots.kernel_css.flatten(),
            logo: slots.logo.flatten(),
            logo_svg: slots.logo_svg.flatten(),
            logo_64x64: slots.logo_64x64.flatten(),
            logo_32x32: slots.logo_32x32.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for KernelSpecResources {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/components/schemas/KernelSpec/properties/spec/properties/metadata`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct KernelSpecValueMetadata {
    /// `debugger`
    pub debugger: bool,
    /// `supported_encryption`
    pub supported_encryption: Vec<String>,
}

impl KernelSpecValueMetadata {
    /// A `KernelSpecValueMetadata` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        debugger: impl Into<bool>,
        supported_encryption: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            debugger: debugger.into(),
            supported_encryption: supported_encryption
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for KernelSpecValueMetadata {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "debugger", &self.debugger)?;
        codegen_runtime::model::entry(
            &mut map,
            "supported_encryption",
            &self.supported_encryption,
        )?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`KernelSpecValueMetadata`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __KernelSpecValueMetadataSlots {
    debugger: Option<bool>,
    supported_encryption: Option<Vec<String>>,
}

impl codegen_runtime::model::Object for KernelSpecValueMetadata {
    const NAME: &'static str = "KernelSpecValueMetadata";
    type Slots = __KernelSpecValueMetadataSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "debugger" => {
                codegen_runtime::model::set(map, &mut slots.debugger, "debugger")
            }
            "supported_encryption" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.supported_encryption,
                    "supported_encryption",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            debugger: codegen_runtime::model::required(slots.debugger, "debugger")?,
            supported_encryption: codegen_runtime::model::required(
                slots.supported_encryption,
                "supported_encryption",
            )?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for KernelSpecValueMetadata {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/components/schemas/KernelSpec/properties/spec`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct KernelSpecValue {
    /// `argv`
    pub argv: Vec<String>,
    /// `env`
    pub env: codegen_runtime::serde_json::Value,
    /// `display_name`
    pub display_name: String,
    /// `language`
    pub language: String,
    /// `interrupt_mode`
    pub interrupt_mode: String,
    /// `metadata`
    pub metadata: KernelSpecValueMetadata,
    /// `kernel_protocol_version`
    pub kernel_protocol_version: String,
}

impl KernelSpecValue {
    /// A `KernelSpecValue` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        argv: impl IntoIterator<Item = impl Into<String>>,
        env: impl Into<codegen_runtime::serde_json::Value>,
        display_name: impl Into<String>,
        language: impl Into<String>,
        interrupt_mode: impl Into<String>,
        metadata: impl Into<KernelSpecValueMetadata>,
        kernel_protocol_version: impl Into<String>,
    ) -> Self {
        Self {
            argv: argv.into_iter().map(Into::into).collect(),
            env: env.into(),
            display_name: display_name.into(),
            language: language.into(),
            interrupt_mode: interrupt_mode.into(),
            metadata: metadata.into(),
            kernel_protocol_version: kernel_protocol_version.into(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for KernelSpecValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "argv", &self.argv)?;
        codegen_runtime::model::entry(&mut map, "env", &self.env)?;
        codegen_runtime::model::entry(&mut map, "display_name", &self.display_name)?;
        codegen_runtime::model::entry(&mut map, "language", &self.language)?;
        codegen_runtime::model::entry(&mut map, "interrupt_mode", &self.interrupt_mode)?;
        codegen_runtime::model::entry(&mut map, "metadata", &self.metadata)?;
        codegen_runtime::model::entry(
            &mut map,
            "kernel_protocol_version",
            &self.kernel_protocol_version,
        )?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`KernelSpecValue`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __KernelSpecValueSlots {
    argv: Option<Vec<String>>,
    env: Option<codegen_runtime::serde_json::Value>,
    display_name: Option<String>,
    language: Option<String>,
    interrupt_mode: Option<String>,
    metadata: Option<KernelSpecValueMetadata>,
    kernel_protocol_version: Option<String>,
}

impl codegen_runtime::model::Object for KernelSpecValue {
    const NAME: &'static str = "KernelSpecValue";
    type Slots = __KernelSpecValueSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "argv" => codegen_runtime::model::set(map, &mut slots.argv, "argv"),
            "env" => codegen_runtime::model::set(map, &mut slots.env, "env"),
            "display_name" => {
                codegen_runtime::model::set(map, &mut slots.display_name, "display_name")
            }
            "language" => {
                codegen_runtime::model::set(map, &mut slots.language, "language")
            }
            "interrupt_mode" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.interrupt_mode,
                    "interrupt_mode",
                )
            }
            "metadata" => {
                codegen_runtime::model::set(map, &mut slots.metadata, "metadata")
            }
            "kernel_protocol_version" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.kernel_protocol_version,
                    "kernel_protocol_version",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            argv: codegen_runtime::model::required(slots.argv, "argv")?,
            env: codegen_runtime::model::required(slots.env, "env")?,
            display_name: codegen_runtime::model::required(
                slots.display_name,
                "display_name",
            )?,
            language: codegen_runtime::model::required(slots.language, "language")?,
            interrupt_mode: codegen_runtime::model::required(
                slots.interrupt_mode,
                "interrupt_mode",
            )?,
            metadata: codegen_runtime::model::required(slots.metadata, "metadata")?,
            kernel_protocol_version: codegen_runtime::model::required(
                slots.kernel_protocol_version,
                "kernel_protocol_version",
            )?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for KernelSpecValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Kernel spec (contents of kernel.json)
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct KernelSpec {
    /// Unique name for kernel
    pub name: Option<String>,
    /// Kernel spec json file
    pub file: Option<KernelSpecFile>,
    /// `resources`
    pub resources: Option<KernelSpecResources>,
    /// `spec`
    pub spec: Option<KernelSpecValue>,
}

impl KernelSpec {
    /// Unique name for kernel
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Kernel spec json file
    pub fn file(mut self, value: impl Into<KernelSpecFile>) -> Self {
        self.file = Some(value.into());
        self
    }

    /// Sets `resources`.
    pub fn resources(mut self, value: impl Into<KernelSpecResources>) -> Self {
        self.resources = Some(value.into());
        self
    }

    /// Sets `spec`.
    pub fn spec(mut self, value: impl Into<KernelSpecValue>) -> Self {
        self.spec = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for KernelSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "KernelSpecFile", &self.file)?;
        codegen_runtime::model::present(&mut map, "resources", &self.resources)?;
        codegen_runtime::model::present(&mut map, "spec", &self.spec)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`KernelSpec`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __KernelSpecSlots {
    name: Option<Option<String>>,
    file: Option<Option<KernelSpecFile>>,
    resources: Option<Option<KernelSpecResources>>,
    spec: Option<Option<KernelSpecValue>>,
}

impl codegen_runtime::model::Object for KernelSpec {
    const NAME: &'static str = "KernelSpec";
    type Slots = __KernelSpecSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "KernelSpecFile" => {
                codegen_runtime::model::set(map, &mut slots.file, "KernelSpecFile")
            }
            "resources" => {
                codegen_runtime::model::set(map, &mut slots.resources, "resources")
            }
            "spec" => codegen_runtime::model::set(map, &mut slots.spec, "spec"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: slots.name.flatten(),
            file: slots.file.flatten(),
            resources: slots.resources.flatten(),
            spec: slots.spec.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for KernelSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Kernel information
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Kernel {
    /// uuid of kernel
    ///
    /// Constraints: format `uuid`.
    pub id: codegen_runtime::formats::Uuid,
    /// kernel spec name
    pub name: String,
    /// ISO 8601 timestamp for the last-seen activity on this kernel.
    /// Use this in combination with execution_state == 'idle' to identify
    /// which kernels have been idle since a given time.
    /// Timestamps will be UTC, indicated 'Z' suffix.
    /// Added in notebook server 5.0.
    pub last_activity: Option<String>,
    /// The number of active connections to this kernel.
    pub connections: Option<f64>,
    /// Current execution state of the kernel (typically 'idle' or 'busy', but may be other values, such as 'starting').
    /// Added in notebook server 5.0.
    pub execution_state: Option<String>,
}

impl Kernel {
    /// A `Kernel` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        id: impl Into<codegen_runtime::formats::Uuid>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            last_activity: None,
            connections: None,
            execution_state: None,
        }
    }

    /// ISO 8601 timestamp for the last-seen activity on this kernel.
    /// Use this in combination with execution_state == 'idle' to identify
    /// which kernels have been idle since a given time.
    /// Timestamps will be UTC, indicated 'Z' suffix.
    /// Added in notebook server 5.0.
    pub fn last_activity(mut self, value: impl Into<String>) -> Self {
        self.last_activity = Some(value.into());
        self
    }

    /// The number of active connections to this kernel.
    pub fn connections(mut self, value: impl Into<f64>) -> Self {
        self.connections = Some(value.into());
        self
    }

    /// Current execution state of the kernel (typically 'idle' or 'busy', but may be other values, such as 'starting').
    /// Added in notebook server 5.0.
    pub fn execution_state(mut self, value: impl Into<String>) -> Self {
        self.execution_state = Some(value.into());
        self
    }
}

impl serde::Serialize for Kernel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "id", &self.id)?;
        codegen_runtime::model::entry(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "last_activity", &self.last_activity)?;
        codegen_runtime::model::present(&mut map, "connections", &self.connections)?;
        codegen_runtime::model::present(
            &mut map,
            "execution_state",
            &self.execution_state,
        )?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Kernel`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __KernelSlots {
    id: Option<codegen_runtime::formats::Uuid>,
    name: Option<String>,
    last_activity: Option<Option<String>>,
    connections: Option<Option<f64>>,
    execution_state: Option<Option<String>>,
}

impl codegen_runtime::model::Object for Kernel {
    const NAME: &'static str = "Kernel";
    type Slots = __KernelSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "last_activity" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.last_activity,
                    "last_activity",
                )
            }
            "connections" => {
                codegen_runtime::model::set(map, &mut slots.connections, "connections")
            }
            "execution_state" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.execution_state,
                    "execution_state",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: codegen_runtime::model::required(slots.id, "id")?,
            name: codegen_runtime::model::required(slots.name, "name")?,
            last_activity: slots.last_activity.flatten(),
            connections: slots.connections.flatten(),
            execution_state: slots.execution_state.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Kernel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/components/schemas/Session/properties/notebook`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct SessionNotebook {
    /// `path`
    pub path: String,
    /// `name`
    pub name: String,
}

impl SessionNotebook {
    /// A `SessionNotebook` with its required fields; set the optional ones with the methods named after them.
    pub fn new(path: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            name: name.into(),
        }
    }
}

impl serde::Serialize for SessionNotebook {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "path", &self.path)?;
        codegen_runtime::model::entry(&mut map, "name", &self.name)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`SessionNotebook`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __SessionNotebookSlots {
    path: Option<String>,
    name: Option<String>,
}

impl codegen_runtime::model::Object for SessionNotebook {
    const NAME: &'static str = "SessionNotebook";
    type Slots = __SessionNotebookSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "path" => codegen_runtime::model::set(map, &mut slots.path, "path"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            path: codegen_runtime::model::required(slots.path, "path")?,
            name: codegen_runtime::model::required(slots.name, "name")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for SessionNotebook {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A session
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Session {
    /// `id`
    ///
    /// Constraints: format `uuid`.
    pub id: Option<codegen_runtime::formats::Uuid>,
    /// path to the session
    pub path: Option<String>,
    /// name of the session
    pub name: Option<String>,
    /// session type
    pub r#type: Option<String>,
    /// Kernel information
    pub kernel: Option<Kernel>,
    /// `notebook`
    pub notebook: Option<SessionNotebook>,
}

impl Session {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<codegen_runtime::formats::Uuid>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// path to the session
    pub fn path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self
    }

    /// name of the session
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// session type
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Kernel information
    pub fn kernel(mut self, value: impl Into<Kernel>) -> Self {
        self.kernel = Some(value.into());
        self
    }

    /// Sets `notebook`.
    pub fn notebook(mut self, value: impl Into<SessionNotebook>) -> Self {
        self.notebook = Some(value.into());
        self
    }
}

impl serde::Serialize for Session {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "id", &self.id)?;
        codegen_runtime::model::present(&mut map, "path", &self.path)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::present(&mut map, "kernel", &self.kernel)?;
        codegen_runtime::model::present(&mut map, "notebook", &self.notebook)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Session`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __SessionSlots {
    id: Option<Option<codegen_runtime::formats::Uuid>>,
    path: Option<Option<String>>,
    name: Option<Option<String>>,
    r#type: Option<Option<String>>,
    kernel: Option<Option<Kernel>>,
    notebook: Option<Option<SessionNotebook>>,
}

impl codegen_runtime::model::Object for Session {
    const NAME: &'static str = "Session";
    type Slots = __SessionSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "path" => codegen_runtime::model::set(map, &mut slots.path, "path"),
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            "kernel" => codegen_runtime::model::set(map, &mut slots.kernel, "kernel"),
            "notebook" => {
                codegen_runtime::model::set(map, &mut slots.notebook, "notebook")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: slots.id.flatten(),
            path: slots.path.flatten(),
            name: slots.name.flatten(),
            r#type: slots.r#type.flatten(),
            kernel: slots.kernel.flatten(),
            notebook: slots.notebook.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Session {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Type of content
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentsType {
    /// `directory` on the wire.
    Directory,
    /// `file` on the wire.
    File,
    /// `notebook` on the wire.
    Notebook,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl ContentsType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Directory => "directory",
            Self::File => "file",
            Self::Notebook => "notebook",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for ContentsType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for ContentsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ContentsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(
                deserializer,
                &["directory", "file", "notebook"],
            )? {
                Ok(0) => Self::Directory,
                Ok(1) => Self::File,
                Ok(_) => Self::Notebook,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// A contents object.  The content and format keys may be null if content is not contained. The hash maybe null if hash is not required.  If type is 'file', then the mimetype will be null.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Contents {
    /// Name of file or directory, equivalent to the last part of the path
    pub name: String,
    /// Full path for file or directory
    pub path: String,
    /// Type of content
    pub r#type: ContentsType,
    /// indicates whether the requester has permission to edit the file
    pub writable: bool,
    /// Creation timestamp
    ///
    /// Constraints: format `dateTime`.
    pub created: String,
    /// Last modified timestamp
    ///
    /// Constraints: format `dateTime`.
    pub last_modified: String,
    /// The size of the file or notebook in bytes. If no size is provided, defaults to null.
    pub size: Option<i64>,
    /// The mimetype of a file.  If content is not null, and type is 'file', this will contain the mimetype of the file, otherwise this will be null.
    pub mimetype: Option<String>,
    /// The content, if requested (otherwise null).  Will be an array if type is 'directory'
    pub content: codegen_runtime::serde_json::Value,
    /// Format of content (one of null, 'text', 'base64', 'json')
    pub format: Option<String>,
    /// \[optional\] The hexdigest hash string of content, if requested (otherwise null). It cannot be null if hash_algorithm is defined.
    pub hash: Option<String>,
    /// \[optional\] The algorithm used to produce the hash, if requested (otherwise null). It cannot be null if hash is defined.
    pub hash_algorithm: Option<String>,
}

#[allow(clippy::should_implement_trait)]
impl Contents {
    /// A `Contents` with its required fields; set the optional ones with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        name: impl Into<String>,
        path: impl Into<String>,
        r#type: impl Into<ContentsType>,
        writable: impl Into<bool>,
        created: impl Into<String>,
        last_modified: impl Into<String>,
        mimetype: impl Into<Option<String>>,
        content: impl Into<codegen_runtime::serde_json::Value>,
        format: impl Into<Option<String>>,
    ) -> Self {
        Self {
            name: name.into(),
            path: path.into(),
            r#type: r#type.into(),
            writable: writable.into(),
            created: created.into(),
            last_modified: last_modified.into(),
            size: None,
            mimetype: mimetype.into(),
            content: content.into(),
            format: format.into(),
            hash: None,
            hash_algorithm: None,
        }
    }

    /// The size of the file or notebook in bytes. If no size is provided, defaults to null.
    pub fn size(mut self, value: impl Into<i64>) -> Self {
        self.size = Some(value.into());
        self
    }

    /// \[optional\] The hexdigest hash string of content, if requested (otherwise null). It cannot be null if hash_algorithm is defined.
    pub fn hash(mut self, value: impl Into<String>) -> Self {
        self.hash = Some(value.into());
        self
    }

    /// \[optional\] The algorithm used to produce the hash, if requested (otherwise null). It cannot be null if hash is defined.
    pub fn hash_algorithm(mut self, value: impl Into<String>) -> Self {
        self.hash_algorithm = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Contents {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "name", &self.name)?;
        codegen_runtime::model::entry(&mut map, "path", &self.path)?;
        codegen_runtime::model::entry(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::entry(&mut map, "writable", &self.writable)?;
        codegen_runtime::model::entry(&mut map, "created", &self.created)?;
        codegen_runtime::model::entry(&mut map, "last_modified", &self.last_modified)?;
        codegen_runtime::model::present(&mut map, "size", &self.size)?;
        codegen_runtime::model::entry(&mut map, "mimetype", &self.mimetype)?;
        codegen_runtime::model::entry(&mut map, "content", &self.content)?;
        codegen_runtime::model::entry(&mut map, "format", &self.format)?;
        codegen_runtime::model::present(&mut map, "hash", &self.hash)?;
        codegen_runtime::model::present(
            &mut map,
            "hash_algorithm",
            &self.hash_algorithm,
        )?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Contents`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ContentsSlots {
    name: Option<String>,
    path: Option<String>,
    r#type: Option<ContentsType>,
    writable: Option<bool>,
    created: Option<String>,
    last_modified: Option<String>,
    size: Option<Option<i64>>,
    mimetype: Option<Option<String>>,
    content: Option<codegen_runtime::serde_json::Value>,
    format: Option<Option<String>>,
    hash: Option<Option<String>>,
    hash_algorithm: Option<Option<String>>,
}

impl codegen_runtime::model::Object for Contents {
    const NAME: &'static str = "Contents";
    type Slots = __ContentsSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "path" => codegen_runtime::model::set(map, &mut slots.path, "path"),
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            "writable" => {
                codegen_runtime::model::set(map, &mut slots.writable, "writable")
            }
            "created" => codegen_runtime::model::set(map, &mut slots.created, "created"),
            "last_modified" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.last_modified,
                    "last_modified",
                )
            }
            "size" => codegen_runtime::model::set(map, &mut slots.size, "size"),
            "mimetype" => {
                codegen_runtime::model::set(map, &mut slots.mimetype, "mimetype")
            }
            "content" => codegen_runtime::model::set(map, &mut slots.content, "content"),
            "format" => codegen_runtime::model::set(map, &mut slots.format, "format"),
            "hash" => codegen_runtime::model::set(map, &mut slots.hash, "hash"),
            "hash_algorithm" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.hash_algorithm,
                    "hash_algorithm",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: codegen_runtime::model::required(slots.name, "name")?,
            path: codegen_runtime::model::required(slots.path, "path")?,
            r#type: codegen_runtime::model::required(slots.r#type, "type")?,
            writable: codegen_runtime::model::required(slots.writable, "writable")?,
            created: codegen_runtime::model::required(slots.created, "created")?,
            last_modified: codegen_runtime::model::required(
                slots.last_modified,
                "last_modified",
            )?,
            size: slots.size.flatten(),
            mimetype: slots.mimetype.flatten(),
            content: codegen_runtime::model::required(slots.content, "content")?,
            format: slots.format.flatten(),
            hash: slots.hash.flatten(),
            hash_algorithm: slots.hash_algorithm.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Contents {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A checkpoint object.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Checkpoints {
    /// Unique id for the checkpoint.
    pub id: String,
    /// Last modified timestamp
    ///
    /// Constraints: format `dateTime`.
    pub last_modified: String,
}

impl Checkpoints {
    /// A `Checkpoints` with its required fields; set the optional ones with the methods named after them.
    pub fn new(id: impl Into<String>, last_modified: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            last_modified: last_modified.into(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Checkpoints {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "id", &self.id)?;
        codegen_runtime::model::entry(&mut map, "last_modified", &self.last_modified)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Checkpoints`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __CheckpointsSlots {
    id: Option<String>,
    last_modified: Option<String>,
}

impl codegen_runtime::model::Object for Checkpoints {
    const NAME: &'static str = "Checkpoints";
    type Slots = __CheckpointsSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => codegen_runtime::model::set(map, &mut slots.id, "id"),
            "last_modified" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.last_modified,
                    "last_modified",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            id: codegen_runtime::model::required(slots.id, "id")?,
            last_modified: codegen_runtime::model::required(
                slots.last_modified,
                "last_modified",
            )?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for Checkpoints {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// A Terminal object
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Terminal {
    /// name of terminal
    pub name: String,
    /// ISO 8601 timestamp for the last-seen activity on this terminal.  Use
    /// this to identify which terminals have been inactive since a given time.
    /// Timestamps will be UTC, indicated 'Z' suffix.
    pub last_activity: Option<String>,
}

impl Terminal {
    /// A `Terminal` with its required fields; set the optional ones with the methods named after them.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            last_activity: None,
        }
    }

    /// ISO 8601 timestamp for the last-seen activity on this terminal.  Use
    /// this to identify which terminals have been inactive since a given time.
    /// Timestamps will be UTC, indicated 'Z' suffix.
    pub fn last_activity(mut self, value: impl Into<String>) -> Self {
        self.last_activity = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Terminal {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "last_activity", &self.last_activity)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Terminal`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __TerminalSlots {
    name: Option<String>,
    last_activity: Option<Option<String>>,
}

impl codegen_runtime::model::Object for Terminal {
    const NAME: &'static str = "Terminal";
    type Slots = __TerminalSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "last_activity" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.last_activity,
                    "last_activity",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: codegen_runtime::model::required(slots.name, "name")?,
            last_activity: slots.last_activity.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Terminal {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/components/schemas/ResolvedPath/properties/resolved/items`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ResolvedPathResolvedItem {
    /// the scope which owns the path
    pub scope: String,
    /// fully specified path for file
    pub path: String,
}

impl ResolvedPathResolvedItem {
    /// A `ResolvedPathResolvedItem` with its required fields; set the optional ones with the methods named after them.
    pub fn new(scope: impl Into<String>, path: impl Into<String>) -> Self {
        Self {
            scope: scope.into(),
            path: path.into(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for ResolvedPathResolvedItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "scope", &self.scope)?;
        codegen_runtime::model::entry(&mut map, "path", &self.path)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`ResolvedPathResolvedItem`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ResolvedPathResolvedItemSlots {
    scope: Option<String>,
    path: Option<String>,
}

impl codegen_runtime::model::Object for ResolvedPathResolvedItem {
    const NAME: &'static str = "ResolvedPathResolvedItem";
    type Slots = __ResolvedPathResolvedItemSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "scope" => codegen_runtime::model::set(map, &mut slots.scope, "scope"),
            "path" => codegen_runtime::model::set(map, &mut slots.path, "path"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            scope: codegen_runtime::model::required(slots.scope, "scope")?,
            path: codegen_runtime::model::required(slots.path, "path")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for ResolvedPathResolvedItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/components/schemas/ResolvedPath/properties/unresolved/items`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ResolvedPathUnresolvedItem {
    /// the scope that failed to resolve
    pub scope: String,
    /// human-readable reason for the unresolved scope
    pub reason: String,
}

impl ResolvedPathUnresolvedItem {
    /// A `ResolvedPathUnresolvedItem` with its required fields; set the optional ones with the methods named after them.
    pub fn new(scope: impl Into<String>, reason: impl Into<String>) -> Self {
        Self {
            scope: scope.into(),
            reason: reason.into(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for ResolvedPathUnresolvedItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "scope", &self.scope)?;
        codegen_runtime::model::entry(&mut map, "reason", &self.reason)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`ResolvedPathUnresolvedItem`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ResolvedPathUnresolvedItemSlots {
    scope: Option<String>,
    reason: Option<String>,
}

impl codegen_runtime::model::Object for ResolvedPathUnresolvedItem {
    const NAME: &'static str = "ResolvedPathUnresolvedItem";
    type Slots = __ResolvedPathUnresolvedItemSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "scope" => codegen_runtime::model::set(map, &mut slots.scope, "scope"),
            "reason" => codegen_runtime::model::set(map, &mut slots.reason, "reason"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            scope: codegen_runtime::model::required(slots.scope, "scope")?,
            reason: codegen_runtime::model::required(slots.reason, "reason")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for ResolvedPathUnresolvedItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// Resolved file path details
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct ResolvedPath {
    /// array of paths to which the query path resolves
    pub resolved: Vec<ResolvedPathResolvedItem>,
    /// scopes for which path resolution could not be completed
    pub unresolved: Option<Vec<ResolvedPathUnresolvedItem>>,
}

impl ResolvedPath {
    /// A `ResolvedPath` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        resolved: impl IntoIterator<Item = impl Into<ResolvedPathResolvedItem>>,
    ) -> Self {
        Self {
            resolved: resolved.into_iter().map(Into::into).collect(),
            unresolved: None,
        }
    }

    /// scopes for which path resolution could not be completed
    pub fn unresolved(
        mut self,
        value: impl IntoIterator<Item = impl Into<ResolvedPathUnresolvedItem>>,
    ) -> Self {
        self.unresolved = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for ResolvedPath {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "resolved", &self.resolved)?;
        codegen_runtime::model::present(&mut map, "unresolved", &self.unresolved)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`ResolvedPath`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __ResolvedPathSlots {
    resolved: Option<Vec<ResolvedPathResolvedItem>>,
    unresolved: Option<Option<Vec<ResolvedPathUnresolvedItem>>>,
}

impl codegen_runtime::model::Object for ResolvedPath {
    const NAME: &'static str = "ResolvedPath";
    type Slots = __ResolvedPathSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "resolved" => {
                codegen_runtime::model::set(map, &mut slots.resolved, "resolved")
            }
            "unresolved" => {
                codegen_runtime::model::set(map, &mut slots.unresolved, "unresolved")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            resolved: codegen_runtime::model::required(slots.resolved, "resolved")?,
            unresolved: slots.unresolved.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for ResolvedPath {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/paths/~1api~1/get/responses/200/content/application~1json/schema`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GetApiResponse {
    /// The Jupyter Server version number as a string.
    pub version: Option<String>,
}

impl GetApiResponse {
    /// The Jupyter Server version number as a string.
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for GetApiResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "version", &self.version)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`GetApiResponse`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __GetApiResponseSlots {
    version: Option<Option<String>>,
}

impl codegen_runtime::model::Object for GetApiResponse {
    const NAME: &'static str = "GetApiResponse";
    type Slots = __GetApiResponseSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "version" => codegen_runtime::model::set(map, &mut slots.version, "version"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            version: slots.version.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for GetApiResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/paths/~1api~1contents~1{path}/get/parameters/0/schema`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetApiContentsPathType {
    /// `file` on the wire.
    File,
    /// `directory` on the wire.
    Directory,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl GetApiContentsPathType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "file",
            Self::Directory => "directory",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for GetApiContentsPathType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GetApiContentsPathType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for GetApiContentsPathType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(
                deserializer,
                &["file", "directory"],
            )? {
                Ok(0) => Self::File,
                Ok(_) => Self::Directory,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// `#/paths/~1api~1contents~1{path}/get/parameters/1/schema`
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetApiContentsPathFormat {
    /// `text` on the wire.
    Text,
    /// `base64` on the wire.
    Base64,
    /// A value this client does not know (added to the API after it was generated);
    /// [`Self::as_str`] reads it.
    Unknown(codegen_runtime::UnknownValue),
}

impl GetApiContentsPathFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Base64 => "base64",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl std::fmt::Display for GetApiContentsPathFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GetApiContentsPathFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for GetApiContentsPathFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Ok(
            match codegen_runtime::model::variant(deserializer, &["text", "base64"])? {
                Ok(0) => Self::Text,
                Ok(_) => Self::Base64,
                Err(value) => Self::Unknown(value),
            },
        )
    }
}

/// `#/paths/~1api~1contents~1{path}/get/responses/400/content/application~1json/schema`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct Error400 {
    /// Error condition
    pub error: Option<String>,
    /// Explanation of error reason
    pub reason: Option<String>,
}

impl Error400 {
    /// Error condition
    pub fn error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }

    /// Explanation of error reason
    pub fn reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for Error400 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "error", &self.error)?;
        codegen_runtime::model::present(&mut map, "reason", &self.reason)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`Error400`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __Error400Slots {
    error: Option<Option<String>>,
    reason: Option<Option<String>>,
}

impl codegen_runtime::model::Object for Error400 {
    const NAME: &'static str = "Error400";
    type Slots = __Error400Slots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "error" => codegen_runtime::model::set(map, &mut slots.error, "error"),
            "reason" => codegen_runtime::model::set(map, &mut slots.reason, "reason"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            error: slots.error.flatten(),
            reason: slots.reason.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for Error400 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/paths/~1api~1contents~1{path}/put/requestBody/content/application~1json/schema`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PutApiContentsPathRequest {
    /// The new filename if changed
    pub name: Option<String>,
    /// New path for file or directory
    pub path: Option<String>,
    /// Path dtype ('notebook', 'file', 'directory')
    pub r#type: Option<String>,
    /// File format ('json', 'text', 'base64')
    pub format: Option<String>,
    /// The actual body of the document excluding directory type
    pub content: Option<String>,
}

impl PutApiContentsPathRequest {
    /// The new filename if changed
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// New path for file or directory
    pub fn path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self
    }

    /// Path dtype ('notebook', 'file', 'directory')
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// File format ('json', 'text', 'base64')
    pub fn format(mut self, value: impl Into<String>) -> Self {
        self.format = Some(value.into());
        self
    }

    /// The actual body of the document excluding directory type
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
}

impl serde::Serialize for PutApiContentsPathRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "path", &self.path)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::present(&mut map, "format", &self.format)?;
        codegen_runtime::model::present(&mut map, "content", &self.content)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`PutApiContentsPathRequest`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PutApiContentsPathRequestSlots {
    name: Option<Option<String>>,
    path: Option<Option<String>>,
    r#type: Option<Option<String>>,
    format: Option<Option<String>>,
    content: Option<Option<String>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for PutApiContentsPathRequest {
    const NAME: &'static str = "PutApiContentsPathRequest";
    type Slots = __PutApiContentsPathRequestSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "path" => codegen_runtime::model::set(map, &mut slots.path, "path"),
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            "format" => codegen_runtime::model::set(map, &mut slots.format, "format"),
            "content" => codegen_runtime::model::set(map, &mut slots.content, "content"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: slots.name.flatten(),
            path: slots.path.flatten(),
            r#type: slots.r#type.flatten(),
            format: slots.format.flatten(),
            content: slots.content.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for PutApiContentsPathRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/paths/~1api~1contents~1{path}/put/responses/400/content/application~1json/schema`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PutApiContentsPathError400 {
    /// Error condition
    pub error: Option<String>,
    /// Explanation of error reason
    pub reason: Option<String>,
    /// `message`
    pub message: Option<String>,
}

impl PutApiContentsPathError400 {
    /// Error condition
    pub fn error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }

    /// Explanation of error reason
    pub fn reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }

    /// Sets `message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for PutApiContentsPathError400 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "error", &self.error)?;
        codegen_runtime::model::present(&mut map, "reason", &self.reason)?;
        codegen_runtime::model::present(&mut map, "message", &self.message)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`PutApiContentsPathError400`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PutApiContentsPathError400Slots {
    error: Option<Option<String>>,
    reason: Option<Option<String>>,
    message: Option<Option<String>>,
}

impl codegen_runtime::model::Object for PutApiContentsPathError400 {
    const NAME: &'static str = "PutApiContentsPathError400";
    type Slots = __PutApiContentsPathError400Slots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "error" => codegen_runtime::model::set(map, &mut slots.error, "error"),
            "reason" => codegen_runtime::model::set(map, &mut slots.reason, "reason"),
            "message" => codegen_runtime::model::set(map, &mut slots.message, "message"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            error: slots.error.flatten(),
            reason: slots.reason.flatten(),
            message: slots.message.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for PutApiContentsPathError400 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/paths/~1api~1contents~1{path}/post/requestBody/content/application~1json/schema`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PostApiContentsPathRequest {
    /// `copy_from`
    pub copy_from: Option<String>,
    /// `ext`
    pub ext: Option<String>,
    /// `type`
    pub r#type: Option<String>,
}

impl PostApiContentsPathRequest {
    /// Sets `copy_from`.
    pub fn copy_from(mut self, value: impl Into<String>) -> Self {
        self.copy_from = Some(value.into());
        self
    }

    /// Sets `ext`.
    pub fn ext(mut self, value: impl Into<String>) -> Self {
        self.ext = Some(value.into());
        self
    }

    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}

impl serde::Serialize for PostApiContentsPathRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "copy_from", &self.copy_from)?;
        codegen_runtime::model::present(&mut map, "ext", &self.ext)?;
        codegen_runtime::model::present(&mut map, "type", &self.r#type)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`PostApiContentsPathRequest`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PostApiContentsPathRequestSlots {
    copy_from: Option<Option<String>>,
    ext: Option<Option<String>>,
    r#type: Option<Option<String>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for PostApiContentsPathRequest {
    const NAME: &'static str = "PostApiContentsPathRequest";
    type Slots = __PostApiContentsPathRequestSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "copy_from" => {
                codegen_runtime::model::set(map, &mut slots.copy_from, "copy_from")
            }
            "ext" => codegen_runtime::model::set(map, &mut slots.ext, "ext"),
            "type" => codegen_runtime::model::set(map, &mut slots.r#type, "type"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            copy_from: slots.copy_from.flatten(),
            ext: slots.ext.flatten(),
            r#type: slots.r#type.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for PostApiContentsPathRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/paths/~1api~1contents~1{path}/patch/requestBody/content/application~1json/schema`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PatchApiContentsPathRequest {
    /// New path for file or directory
    ///
    /// Constraints: format `path`.
    pub path: Option<String>,
}

impl PatchApiContentsPathRequest {
    /// New path for file or directory
    pub fn path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self
    }
}

impl serde::Serialize for PatchApiContentsPathRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "path", &self.path)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`PatchApiContentsPathRequest`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PatchApiContentsPathRequestSlots {
    path: Option<Option<String>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for PatchApiContentsPathRequest {
    const NAME: &'static str = "PatchApiContentsPathRequest";
    type Slots = __PatchApiContentsPathRequestSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "path" => codegen_runtime::model::set(map, &mut slots.path, "path"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self { path: slots.path.flatten() })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for PatchApiContentsPathRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// error message
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PostApiSessionsError501 {
    /// `message`
    pub message: Option<String>,
    /// `short_message`
    pub short_message: Option<String>,
}

impl PostApiSessionsError501 {
    /// Sets `message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `short_message`.
    pub fn short_message(mut self, value: impl Into<String>) -> Self {
        self.short_message = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for PostApiSessionsError501 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "message", &self.message)?;
        codegen_runtime::model::present(&mut map, "short_message", &self.short_message)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`PostApiSessionsError501`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PostApiSessionsError501Slots {
    message: Option<Option<String>>,
    short_message: Option<Option<String>>,
}

impl codegen_runtime::model::Object for PostApiSessionsError501 {
    const NAME: &'static str = "PostApiSessionsError501";
    type Slots = __PostApiSessionsError501Slots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "message" => codegen_runtime::model::set(map, &mut slots.message, "message"),
            "short_message" => {
                codegen_runtime::model::set(
                    map,
                    &mut slots.short_message,
                    "short_message",
                )
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            message: slots.message.flatten(),
            short_message: slots.short_message.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for PostApiSessionsError501 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/paths/~1api~1kernels/get/responses/403/content/application~1json/schema`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GetApiKernelsError403 {
    /// `message`
    pub message: String,
    /// `reason`
    pub reason: codegen_runtime::serde_json::Value,
}

impl GetApiKernelsError403 {
    /// A `GetApiKernelsError403` with its required fields; set the optional ones with the methods named after them.
    pub fn new(
        message: impl Into<String>,
        reason: impl Into<codegen_runtime::serde_json::Value>,
    ) -> Self {
        Self {
            message: message.into(),
            reason: reason.into(),
        }
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for GetApiKernelsError403 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "message", &self.message)?;
        codegen_runtime::model::entry(&mut map, "reason", &self.reason)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`GetApiKernelsError403`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __GetApiKernelsError403Slots {
    message: Option<String>,
    reason: Option<codegen_runtime::serde_json::Value>,
}

impl codegen_runtime::model::Object for GetApiKernelsError403 {
    const NAME: &'static str = "GetApiKernelsError403";
    type Slots = __GetApiKernelsError403Slots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "message" => codegen_runtime::model::set(map, &mut slots.message, "message"),
            "reason" => codegen_runtime::model::set(map, &mut slots.reason, "reason"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            message: codegen_runtime::model::required(slots.message, "message")?,
            reason: codegen_runtime::model::required(slots.reason, "reason")?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for GetApiKernelsError403 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/paths/~1api~1kernels/post/requestBody/content/application~1json/schema`
#[derive(Debug, Clone)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct PostApiKernelsRequest {
    /// Kernel spec name (defaults to default kernel spec for server)
    pub name: String,
    /// API path from root to the cwd of the kernel
    pub path: Option<String>,
}

impl PostApiKernelsRequest {
    /// A `PostApiKernelsRequest` with its required fields; set the optional ones with the methods named after them.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            path: None,
        }
    }

    /// API path from root to the cwd of the kernel
    pub fn path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self
    }
}

impl serde::Serialize for PostApiKernelsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::entry(&mut map, "name", &self.name)?;
        codegen_runtime::model::present(&mut map, "path", &self.path)?;
        codegen_runtime::model::end(map)
    }
}

#[cfg(feature = "full-serde")]
/// The fields of [`PostApiKernelsRequest`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __PostApiKernelsRequestSlots {
    name: Option<String>,
    path: Option<Option<String>>,
}

#[cfg(feature = "full-serde")]
impl codegen_runtime::model::Object for PostApiKernelsRequest {
    const NAME: &'static str = "PostApiKernelsRequest";
    type Slots = __PostApiKernelsRequestSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => codegen_runtime::model::set(map, &mut slots.name, "name"),
            "path" => codegen_runtime::model::set(map, &mut slots.path, "path"),
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            name: codegen_runtime::model::required(slots.name, "name")?,
            path: slots.path.flatten(),
        })
    }
}

#[cfg(feature = "full-serde")]
impl<'de> serde::Deserialize<'de> for PostApiKernelsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/paths/~1api~1kernelspecs/get/responses/200/content/application~1json/schema`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GetApiKernelspecsResponse {
    /// Default kernel name
    pub default: Option<String>,
    /// `kernelspecs`
    pub kernelspecs: Option<std::collections::BTreeMap<String, KernelSpec>>,
}

#[allow(clippy::should_implement_trait)]
impl GetApiKernelspecsResponse {
    /// Default kernel name
    pub fn default(mut self, value: impl Into<String>) -> Self {
        self.default = Some(value.into());
        self
    }

    /// Sets `kernelspecs`.
    pub fn kernelspecs(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, KernelSpec>>,
    ) -> Self {
        self.kernelspecs = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for GetApiKernelspecsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "default", &self.default)?;
        codegen_runtime::model::present(&mut map, "kernelspecs", &self.kernelspecs)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`GetApiKernelspecsResponse`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __GetApiKernelspecsResponseSlots {
    default: Option<Option<String>>,
    kernelspecs: Option<Option<std::collections::BTreeMap<String, KernelSpec>>>,
}

impl codegen_runtime::model::Object for GetApiKernelspecsResponse {
    const NAME: &'static str = "GetApiKernelspecsResponse";
    type Slots = __GetApiKernelspecsResponseSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "default" => codegen_runtime::model::set(map, &mut slots.default, "default"),
            "kernelspecs" => {
                codegen_runtime::model::set(map, &mut slots.kernelspecs, "kernelspecs")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            default: slots.default.flatten(),
            kernelspecs: slots.kernelspecs.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for GetApiKernelspecsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// `#/paths/~1api~1me/get/responses/200/content/application~1json/schema`
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "partial-eq", derive(PartialEq))]
#[non_exhaustive]
pub struct GetApiMeResponse {
    /// The identity of the currently authenticated user
    pub identity: Option<Identity>,
    /// A dict of the form: `{"resource": ["action",]}`
    /// containing only the AUTHORIZED subset of resource+actions
    /// from the permissions specified in the request.
    /// If no permission checks were made in the request,
    /// this will be empty.
    pub permissions: Option<Permissions>,
}

impl GetApiMeResponse {
    /// The identity of the currently authenticated user
    pub fn identity(mut self, value: impl Into<Identity>) -> Self {
        self.identity = Some(value.into());
        self
    }

    /// A dict of the form: `{"resource": ["action",]}`
    /// containing only the AUTHORIZED subset of resource+actions
    /// from the permissions specified in the request.
    /// If no permission checks were made in the request,
    /// this will be empty.
    pub fn permissions(mut self, value: impl Into<Permissions>) -> Self {
        self.permissions = Some(value.into());
        self
    }
}

#[cfg(feature = "full-serde")]
impl serde::Serialize for GetApiMeResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = codegen_runtime::model::start(serializer)?;
        codegen_runtime::model::present(&mut map, "identity", &self.identity)?;
        codegen_runtime::model::present(&mut map, "permissions", &self.permissions)?;
        codegen_runtime::model::end(map)
    }
}

/// The fields of [`GetApiMeResponse`] its decoder has read so far.
#[doc(hidden)]
#[derive(Default)]
pub struct __GetApiMeResponseSlots {
    identity: Option<Option<Identity>>,
    permissions: Option<Option<Permissions>>,
}

impl codegen_runtime::model::Object for GetApiMeResponse {
    const NAME: &'static str = "GetApiMeResponse";
    type Slots = __GetApiMeResponseSlots;

    fn store<'de, A: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "identity" => {
                codegen_runtime::model::set(map, &mut slots.identity, "identity")
            }
            "permissions" => {
                codegen_runtime::model::set(map, &mut slots.permissions, "permissions")
            }
            _ => Ok(false),
        }
    }

    fn finish<E: serde::de::Error>(slots: Self::Slots) -> Result<Self, E> {
        Ok(Self {
            identity: slots.identity.flatten(),
            permissions: slots.permissions.flatten(),
        })
    }
}

impl<'de> serde::Deserialize<'de> for GetApiMeResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        codegen_runtime::model::object(deserializer)
    }
}

/// The body of an error response. The variant is chosen by the response's status, from the operation's own responses in the spec, never by trying variants in turn.
#[derive(Debug, Clone)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ErrorBody {
    /// An error body of the `Error400` shape.
    Error400(Error400),
    /// An error body of the `PutApiContentsPathError400` shape.
    PutApiContentsPathError400(PutApiContentsPathError400),
    /// An error body of the `PostApiSessionsError501` shape.
    PostApiSessionsError501(PostApiSessionsError501),
    /// An error body of the `GetApiKernelsError403` shape.
    GetApiKernelsError403(GetApiKernelsError403),
}

impl codegen_runtime::ErrorBodies for ErrorBody {
    fn decode_variant(
        variant: u16,
        body: &[u8],
    ) -> Result<Self, codegen_runtime::DecodeFailure> {
        match variant {
            0 => codegen_runtime::decode_json(0, body).map(Self::Error400),
            1 => {
                codegen_runtime::decode_json(0, body)
                    .map(Self::PutApiContentsPathError400)
            }
            2 => codegen_runtime::decode_json(0, body).map(Self::PostApiSessionsError501),
            3 => codegen_runtime::decode_json(0, body).map(Self::GetApiKernelsError403),
            _ => {
                Err(codegen_runtime::DecodeFailure {
                    path: ".".to_owned(),
                    message: format!("no error body variant {variant}"),
                })
            }
        }
    }
}

/// The same type as `Error400`: the spec describes both with one shape.
pub type GetApiContentsPathError400 = Error400;

/// The same type as `Error400`: the spec describes both with one shape.
pub type PostApiContentsPathError400 = Error400;

/// The same type as `Error400`: the spec describes both with one shape.
pub type PatchApiContentsPathError400 = Error400;

/// The same type as `Error400`: the spec describes both with one shape.
pub type GetApiContentsPathCheckpointsError400 = Error400;

/// The same type as `Error400`: the spec describes both with one shape.
pub type PostApiContentsPathCheckpointsError400 = Error400;

/// The same type as `Error400`: the spec describes both with one shape.
pub type PostApiContentsPathCheckpointsCheckpointIdError400 = Error400;

/// The same type as `GetApiKernelsError403`: the spec describes both with one shape.
pub type GetApiKernelsKernelIdError404 = GetApiKernelsError403;
